import type { NumberFieldSingleValidation } from 'payload'
import { validations } from 'payload/shared'

/** Payload's number check (required, min, max) plus "no fractions": page 2.5 or 1.5 characters mean a typo. */
export const wholeNumber =
  (label: string): NumberFieldSingleValidation =>
  (value, options) => {
    const base = validations.number(value as never, options as never)
    if (base !== true) return base
    if (value !== null && value !== undefined && !Number.isInteger(value))
      return `"${label}" phải là số nguyên.`
    return true
  }
