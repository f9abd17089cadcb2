import type { CollectionBeforeChangeHook } from 'payload'

import { countPrintCharacters, estimateReadSeconds, lexicalToPlainText } from '../../../src/lib/textMeasure'

/**
 * Stored measures of the channel variants, so lists and planning can sort and total them;
 * the admin shows the same measures live while typing (components/LengthMeter).
 */
export const measureVariants =
  (readRate: number): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const merged = { ...originalDoc, ...data }
    const print = { ...(originalDoc?.print ?? {}), ...(data.print ?? {}) }
    const printText = print.text?.trim() ? print.text : lexicalToPlainText(merged.body)
    data.print = { ...print, actualLength: countPrintCharacters(printText ?? '') }

    for (const channel of ['radio', 'tv'] as const) {
      const variant = { ...(originalDoc?.[channel] ?? {}), ...(data[channel] ?? {}) }
      data[channel] = {
        ...variant,
        estimatedSeconds: estimateReadSeconds(variant.script ?? '', readRate),
      }
    }
    return data
  }
