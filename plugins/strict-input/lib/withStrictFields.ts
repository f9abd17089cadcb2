import type { Field, Validate } from 'payload'
import { validations } from 'payload/shared'

import { referencedIds, typeError, type FieldKind } from './typeChecks'

const CHECKED: ReadonlySet<string> = new Set<FieldKind>([
  'text',
  'textarea',
  'email',
  'code',
  'number',
  'date',
  'richText',
  'relationship',
  'upload',
  'checkbox',
  'point',
])

function labelOf(field: { name: string; label?: unknown }): string {
  const label = field.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'vi' in label) return String((label as { vi: string }).vi)
  return field.name
}

/**
 * Wraps a field's validator: our type check first (clear message, nothing reaches the
 * database), then the field's own or Payload's default validator, then — for relations —
 * a check that every referenced document exists, so an unknown id is a 400, not a 500.
 */
function strictValidator(field: Field & { name: string; type: string }): Validate {
  const own = (field as { validate?: Validate }).validate
  const fallback = (validations as unknown as Record<string, Validate | undefined>)[field.type]
  const hasMany = Boolean((field as { hasMany?: boolean }).hasMany)
  const relationTo = (field as { relationTo?: string | string[] }).relationTo
  return async (value, options) => {
    const problem = typeError(field.type as FieldKind, value, hasMany)
    if (problem) return `"${labelOf(field)}" ${problem}`
    const base = own
      ? await own(value, options)
      : fallback
        ? await fallback(value, { ...field, ...options } as never)
        : true
    if (base !== true || !relationTo || options.event === 'onChange') return base
    for (const [collection, ids] of referencedIds(value, relationTo)) {
      const unique = [...new Set(ids)]
      const { totalDocs } = await options.req.payload.count({
        collection: collection as never,
        where: { id: { in: unique } },
        overrideAccess: true,
        req: options.req,
      })
      if (totalDocs < unique.length) {
        return `"${labelOf(field)}" trỏ tới bản ghi không tồn tại trong "${collection}": ${unique.join(', ')}`
      }
    }
    return true
  }
}

export function withStrictFields(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withStrictFields(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withStrictFields(tab.fields) })) }
    }
    if ('name' in field && CHECKED.has(field.type) && !('virtual' in field && field.virtual)) {
      return { ...field, validate: strictValidator(field as Field & { name: string; type: string }) } as Field
    }
    return field
  })
}
