/**
 * A platform export into `audience-daily`, all or nothing: the file is decoded and every line
 * checked first (every problem reported), then its import record, its rows (multi-row INSERTs)
 * and the rollups of the days and story-months it touched are written in one transaction.
 * Rows for a (story, platform, day) an earlier import already gave are refused (409), or with
 * `replace` take their place (an upsert: the old figures are gone, never added to).
 */
import { createHash } from 'node:crypto'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { vietnamDay } from '../../../src/lib/vietnamTime'
import {
  decodeText,
  TextEncodingError,
  type DetectedEncoding,
  type EncodingChoice,
} from '../../../src/lib/imports/decodeText'
import { AUDIENCE_DAILY_SLUG } from '../collections/AudienceDaily'
import { AUDIENCE_IMPORTS_SLUG } from '../collections/AudienceImports'
import type { LineError } from '../../../src/lib/imports/responses'
import { parseAudienceCsv } from './audienceCsv'
import { describeOverlaps } from './importOverlaps'
import { insertImportRows } from './insertImportRows'
import { MEASURES, zeroMeasures, type Measures } from './measures'
import { platformOf } from './platforms'
import { resolveRows } from './resolveRows'
import { lockAudienceWrites, recomputeDays, recomputeStoryMonths } from './rollups'
import { idOrNull, num, numberOf, sqlFor } from './sql'

export type AudienceImportInput = {
  bytes: Uint8Array
  fileName: string
  replace?: boolean
  encoding?: EncodingChoice
  /** Platform key for files without a platform column. */
  platform?: string
  /** Defaults to the request's user. */
  uploadedBy?: number | string
}

export type AudienceImportRecord = { id: number | string } & Record<string, unknown>

export type AudienceImportOutcome =
  | {
      ok: true
      record: AudienceImportRecord
      rows: number
      replaced: number
      days: string[]
      platforms: string[]
      totals: Measures
      encoding: DetectedEncoding
      delimiter: string
      ms: number
    }
  | { ok: false; status: 400 | 409; errors: LineError[]; moreErrors?: number }

const refused = (status: 400 | 409, message: string, line = 0): AudienceImportOutcome => ({
  ok: false,
  status,
  errors: [{ line, message }],
})

async function duplicateFile(payload: Payload, sha256: string): Promise<AudienceImportRecord | undefined> {
  const { docs } = await payload.find({
    collection: AUDIENCE_IMPORTS_SLUG,
    where: { sha256: { equals: sha256 } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as AudienceImportRecord | undefined
}

const when = (iso: unknown) =>
  typeof iso === 'string' ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '?'

/**
 * Checks and imports one file, always in a transaction of its own which it commits or rolls back:
 * a refusal found only after the rows are written (409) must undo them, which a caller's
 * transaction would keep. So a `req` (for its user) must not hold a transaction already: that
 * throws before anything is read or written. Used by the endpoint and the seed (the bench goes
 * through the endpoint).
 */
export async function importAudienceRows(
  payload: Payload,
  input: AudienceImportInput,
  givenReq?: PayloadRequest,
): Promise<AudienceImportOutcome> {
  // Truthy, as initTransaction tests it: Payload's dataloader leaves null on a request that has none.
  if (givenReq?.transactionID)
    throw new Error('importAudienceRows: runs in its own transaction; call it with a request that holds none')
  const started = performance.now()
  const defaultPlatform = input.platform ? platformOf(input.platform) : undefined
  if (input.platform && !defaultPlatform)
    return refused(400, `Nền tảng "${input.platform}" không có trong danh mục.`)
  if (defaultPlatform?.beacon)
    return refused(
      400,
      `Nền tảng "${defaultPlatform.key}" được đếm bằng beacon của tòa soạn, không nhập từ tệp (tránh đếm hai lần).`,
    )
  let decoded: ReturnType<typeof decodeText>
  try {
    decoded = decodeText(input.bytes, input.encoding ?? 'auto')
  } catch (error) {
    if (error instanceof TextEncodingError) return refused(400, error.message)
    throw error
  }
  const parsed = parseAudienceCsv(decoded.text, { defaultPlatform, today: vietnamDay(new Date()) })
  if (parsed.errors.length)
    return { ok: false, status: 400, errors: parsed.errors, moreErrors: parsed.moreErrors }
  const { rows } = parsed

  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  const earlier = await duplicateFile(payload, sha256)
  if (earlier && !input.replace)
    return refused(
      409,
      `Tệp này (cùng nội dung) đã được nhập lúc ${when(earlier.createdAt)} (lượt nhập #${earlier.id}, tệp "${String(earlier.fileName ?? '')}"). Gửi replace=true nếu muốn nhập lại.`,
    )

  const errors: LineError[] = []
  let moreErrors = 0
  const resolved = await resolveRows(await sqlFor(payload), rows, (error) =>
    errors.length < 1000 ? errors.push(error) : moreErrors++,
  )
  if (!resolved) return { ok: false, status: 400, errors, moreErrors }

  const totals = zeroMeasures()
  for (const measure of MEASURES) for (const value of rows.measures[measure]) totals[measure] += value
  totals.watchMinutes = Math.round(totals.watchMinutes * 100) / 100
  const days = [...new Set(rows.day)].sort()
  const platforms = [...new Set(rows.platform)].sort()

  const req = givenReq ?? (await createLocalReq({}, payload))
  if (!(await initTransaction(req)))
    throw new Error('importAudienceRows: the database adapter gave no transaction')
  try {
    const sql = await sqlFor(payload, req)
    await lockAudienceWrites(sql)
    if (earlier)
      await payload.delete({ collection: AUDIENCE_IMPORTS_SLUG, id: earlier.id, req, overrideAccess: true })
    const record = (await payload.create({
      collection: AUDIENCE_IMPORTS_SLUG,
      data: {
        fileName: input.fileName.slice(0, 255),
        sha256,
        platforms: platforms.join(', '),
        encoding: decoded.encoding,
        firstDay: days[0],
        lastDay: days[days.length - 1],
        days: days.length,
        rows: rows.length,
        replaced: 0,
        totals,
        uploadedBy: input.uploadedBy ?? req.user?.id,
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })) as unknown as AudienceImportRecord

    const daily = sql.table(AUDIENCE_DAILY_SLUG)
    const countImported = async () =>
      numberOf(
        (await sql.rows<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${daily} WHERE source = 'import'`))[0]?.n,
      )
    const before = input.replace ? await countImported() : 0
    const inserted = await insertImportRows(sql, rows, resolved, record.id, Boolean(input.replace))
    if (!input.replace && inserted < rows.length) {
      await killTransaction(req)
      const overlaps = await describeOverlaps(payload, rows, resolved)
      return { ok: false, status: 409, errors: overlaps.errors, moreErrors: overlaps.more }
    }
    const replaced = input.replace ? rows.length - ((await countImported()) - before) : 0
    if (replaced > 0)
      await sql.run(
        `UPDATE ${sql.table(AUDIENCE_IMPORTS_SLUG)} SET replaced = ${num(replaced)} WHERE id = ${idOrNull(record.id)}`,
      )

    await recomputeDays(sql, days)
    const pairs = new Map<string, Set<number>>()
    for (let row = 0; row < rows.length; row++) {
      const month = rows.day[row]!.slice(0, 7)
      let stories = pairs.get(month)
      if (!stories) pairs.set(month, (stories = new Set()))
      stories.add(resolved.story[row]!)
    }
    await recomputeStoryMonths(sql, pairs)
    await commitTransaction(req)
    return {
      ok: true,
      record: { ...record, replaced },
      rows: rows.length,
      replaced,
      days,
      platforms,
      totals,
      encoding: decoded.encoding,
      delimiter: parsed.delimiter,
      ms: Math.round(performance.now() - started),
    }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
