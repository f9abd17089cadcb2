/**
 * Writing a checked CSV import: the overlap check against what is stored, the replaced items'
 * removal, the import record and every row, all in the request's one transaction.
 */
import type { PayloadRequest } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import { AIRTIME_IMPORTS_SLUG } from '../collections/AirtimeImports'
import { insertRows } from '../../../src/lib/imports/bulkInsert'
import { lockChannelSchedule } from './channelLock'
import type { DetectedEncoding } from '../../../src/lib/imports/decodeText'
import { describeSpan, overlapsBetween } from './overlaps'
import type { LineError } from '../../../src/lib/imports/responses'
import type { ScheduleRow } from './scheduleCsv'
import { findItems, SCHEDULE_ITEMS_SLUG, type StoredItem } from './scheduleStore'
import { addDays, formatClock } from './time'
import type { Log } from './vocabulary'

export type ImportPlan = {
  channel: number | string
  log: Log
  rows: ScheduleRow[]
  replace: boolean
  key: string
  fileName: string
  sha256: string
  encoding?: DetectedEncoding
}

export type ImportRecord = { id: number | string } & Record<string, unknown>

export type ImportOutcome =
  | { ok: true; record: ImportRecord; created: number; replaced: number; dates: string[] }
  | { ok: false; errors: LineError[] }

/** Runs inside the caller's transaction (`req.transactionID`); throws on a database failure. */
export async function writeImport(req: PayloadRequest, plan: ImportPlan): Promise<ImportOutcome> {
  const { payload } = req
  await lockChannelSchedule(req, plan.channel)
  const dates = [...new Set(plan.rows.map((row) => row.date))].sort()
  const around = [...new Set(dates.flatMap((date) => [addDays(date, -1), date, addDays(date, 1)]))]
  const stored = await findItems(payload, { channel: plan.channel, log: plan.log, dates: around, req })
  const covered = new Set(dates)
  const replaced = plan.replace ? stored.filter((item) => covered.has(item.date)) : []
  const kept = plan.replace ? stored.filter((item) => !covered.has(item.date)) : stored

  const clashes = overlapsBetween(plan.rows, kept)
  if (clashes.length > 0) {
    return {
      ok: false,
      errors: clashes.map(([row, item]: [ScheduleRow, StoredItem]) => ({
        line: row.line,
        column: 'giờ bắt đầu',
        message:
          `${describeSpan(row)} trùng giờ với mục #${item.id} đã có ${describeSpan(item)}` +
          (plan.replace ? '' : '; gửi replace=true để thay các ngày trong tệp'),
      })),
    }
  }

  if (replaced.length > 0) {
    // One statement, not one Local API delete per item: a month of as-run is thousands of rows.
    // Their only afterDelete hook is the audit's, which the import record stands in for.
    await payload.db.deleteMany({
      collection: SCHEDULE_ITEMS_SLUG,
      where: { id: { in: replaced.map((item) => item.id) } },
      req,
    })
  }
  const record = await keepContext(req, async () => {
    if (plan.replace) {
      // The same bytes imported before: that record's items were all on these days and are gone.
      await payload.delete({
        collection: AIRTIME_IMPORTS_SLUG,
        where: { key: { equals: plan.key } },
        req,
        overrideAccess: true,
      })
    }
    return (await payload.create({
      collection: AIRTIME_IMPORTS_SLUG,
      data: {
        key: plan.key,
        channel: plan.channel,
        log: plan.log,
        fileName: plan.fileName.slice(0, 255),
        sha256: plan.sha256,
        encoding: plan.encoding,
        dates: dates.join(', '),
        firstDate: dates[0],
        lastDate: dates[dates.length - 1],
        rows: plan.rows.length,
        replaced: replaced.length,
        importedBy: req.user?.id,
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })) as unknown as ImportRecord
  })

  // Every row was checked above (values, channel, overlaps) and carries exactly what the
  // collection's hooks would derive, so the rows go in as bulk inserts in the same transaction:
  // through the Local API a month of as-run (thousands of rows) took minutes.
  await insertRows(
    req,
    SCHEDULE_ITEMS_SLUG,
    plan.rows.map((row) => ({
      channel: plan.channel,
      log: plan.log,
      date: row.date,
      start: formatClock(row.startSeconds),
      startSeconds: row.startSeconds,
      durationSeconds: row.durationSeconds,
      endSeconds: row.startSeconds + row.durationSeconds,
      title: row.title,
      genre: row.genre,
      origin: row.origin,
      rerun: row.rerun,
      language: row.language,
      source: 'csv',
      importBatch: record.id,
    })),
  )
  return { ok: true, record, created: plan.rows.length, replaced: replaced.length, dates }
}
