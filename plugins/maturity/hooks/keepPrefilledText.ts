import type { CollectionBeforeChangeHook } from 'payload'

import { keepStoredPrefill, type AnswerRow } from '../lib/answers'

/** The KPI evidence texts change only through the prefill; an edit sending its own keeps the stored ones. */
export const keepPrefilledText: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  if (operation !== 'update' || context.maturityPrefill || !Array.isArray(data.answers)) return data
  const stored = Array.isArray(originalDoc?.answers) ? (originalDoc.answers as AnswerRow[]) : []
  data.answers = keepStoredPrefill(data.answers as AnswerRow[], stored)
  return data
}
