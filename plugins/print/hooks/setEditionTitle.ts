import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { editionDay, editionTitle, storedEditionDate } from '../lib/editionDate'

/** Keeps the date to its day (in Vietnam) and the title "Số 123 — 22/11/2026" in step with both. */
export const setEditionTitle: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.date !== undefined && data.date !== null && data.date !== '') {
    const day = editionDay(data.date)
    if (day) data.date = storedEditionDate(day)
    // Wrong JSON types are the field validation's to answer; a string that is no day is ours.
    else if (typeof data.date === 'string')
      throw httpError(400, `Ngày phát hành "${data.date}" không hợp lệ: cần một ngày như 2026-11-22.`)
  }
  const number = data.number ?? originalDoc?.number
  const date = data.date ?? originalDoc?.date
  data.title = editionTitle(number, date)
  return data
}
