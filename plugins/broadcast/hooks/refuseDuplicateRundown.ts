import type { CollectionBeforeChangeHook, Where } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { isISODate, vietnameseDate } from '../lib/clock'
import { storedId } from '../lib/ids'
import { lockProgrammeDay } from '../lib/rowLock'
import { RUNDOWNS_SLUG } from '../types'

/** One rundown per programme and day (a unique index backs this up). */
export const refuseDuplicateRundown: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const programme = storedId(data.programme ?? (operation === 'update' ? originalDoc?.programme : undefined))
  const date = data.date ?? originalDoc?.date
  // Runs before field validation: a bad programme or date is reported there.
  if (programme === undefined || !isISODate(date)) return data
  if (
    operation === 'update' &&
    String(relationId(originalDoc?.programme)) === String(programme) &&
    originalDoc?.date === date
  )
    return data
  await lockProgrammeDay(req, programme, date)
  const where: Where = { and: [{ programme: { equals: programme } }, { date: { equals: date } }] }
  if (operation === 'update') where.and!.push({ id: { not_equals: originalDoc?.id } })
  const { totalDocs } = await req.payload.count({
    collection: RUNDOWNS_SLUG,
    where,
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0)
    throw httpError(
      409,
      `Chương trình này đã có kịch bản ngày ${vietnameseDate(date)}; hãy mở kịch bản đó để sửa.`,
    )
  return data
}
