/**
 * Writing a checked revenue file, all in the request's one transaction: the closed-month check,
 * the collisions with stored entries (refused, or replaced on request), the import record and
 * every row. Nothing of it stays if any step fails.
 */
import type { PayloadRequest } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { insertRows } from '../../../src/lib/imports/bulkInsert'
import { closedMonthsAmong } from './closedMonths'
import { describeSlot, formatVnd, publicationNames } from './describe'
import { slotKey, type LedgerRow } from './ledgerRows'
import type { FileFormat } from './readTable'
import { REVENUE_ENTRIES_SLUG, REVENUE_IMPORTS_SLUG } from './slugs'
import { lockLedger } from './ledgerLock'

const DELETE_CHUNK = 1_000

export type ImportPlan = {
  rows: LedgerRow[]
  replace: boolean
  fileName: string
  sha256: string
  format: FileFormat
  encoding?: string
}

type StoredEntry = {
  id: number | string
  month: string
  publication: number | string | null
  line: string
  kind: string
  amount: number
  import?: number | string | null
}

export type Collision = {
  line: number
  entry: number | string
  import: number | string | null
  storedAmount: number
  fileAmount: number
  message: string
}

export type ImportRecord = { id: number | string } & Record<string, unknown>

export type ImportOutcome =
  | { ok: true; record: ImportRecord; created: number; replaced: number; months: string[] }
  | { ok: false; closed: string[] }
  | { ok: false; collisions: Collision[] }

async function storedIn(req: PayloadRequest, months: string[]): Promise<StoredEntry[]> {
  const { docs } = await req.payload.find({
    collection: REVENUE_ENTRIES_SLUG,
    where: { month: { in: months } },
    pagination: false,
    depth: 0,
    select: { month: true, publication: true, line: true, kind: true, amount: true, import: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => {
    const entry = doc as unknown as Record<string, unknown>
    return {
      ...(entry as unknown as StoredEntry),
      publication: relationId(entry.publication) ?? null,
      import: relationId(entry.import) ?? null,
    }
  })
}

/** Runs inside the caller's transaction (`req.transactionID`); throws on a database failure. */
export async function writeImport(req: PayloadRequest, plan: ImportPlan): Promise<ImportOutcome> {
  const { payload } = req
  await lockLedger(req)
  const months = [...new Set(plan.rows.map((row) => row.month))].sort()
  const closed = await closedMonthsAmong(req, months)
  if (closed.length > 0) return { ok: false, closed }

  // A slot may hold more than one entry (older data, or a channel's entries left agency-wide):
  // each of them collides, and replace=true swaps them all for the file's one.
  const stored = new Map<string, StoredEntry[]>()
  for (const entry of await storedIn(req, months)) {
    const key = slotKey({ ...entry, revenueLine: entry.line })
    const slot = stored.get(key)
    if (slot) slot.push(entry)
    else stored.set(key, [entry])
  }
  const clashing = plan.rows.flatMap((row) => {
    const slot = stored.get(slotKey(row)) ?? []
    return slot.map((entry) => ({ row, entry, inSlot: slot.length }))
  })
  if (clashing.length > 0 && !plan.replace) {
    const names = await publicationNames(
      req,
      clashing.flatMap(({ row }) => (row.publication === null ? [] : [row.publication])),
    )
    return {
      ok: false,
      collisions: clashing.map(({ row, entry, inSlot }) => ({
        line: row.line,
        entry: entry.id,
        import: entry.import ?? null,
        storedAmount: Number(entry.amount),
        fileAmount: row.amount,
        message:
          `đã có mục #${entry.id} cho ${describeSlot({ ...row, line: row.revenueLine }, names)}: ` +
          `${formatVnd(Number(entry.amount))} ` +
          (entry.import ? `(từ lượt nhập #${entry.import})` : '(nhập tay)') +
          `, tệp ghi ${formatVnd(row.amount)}` +
          (inSlot > 1 ? ` (ô này đang có ${inSlot} mục, bị tính ${inSlot} lần)` : ''),
      })),
    }
  }

  // Their only afterDelete hook is the audit's; the import record says what it replaced. In
  // chunks: one bound parameter an id, and SQLite takes at most 32 766 in a statement.
  const replacedIds = clashing.map(({ entry }) => entry.id)
  for (let start = 0; start < replacedIds.length; start += DELETE_CHUNK) {
    await payload.db.deleteMany({
      collection: REVENUE_ENTRIES_SLUG,
      where: { id: { in: replacedIds.slice(start, start + DELETE_CHUNK) } },
      req,
    })
  }
  const total = (kind: string) =>
    plan.rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.amount, 0)
  const record = (await payload.create({
    collection: REVENUE_IMPORTS_SLUG,
    data: {
      fileName: plan.fileName.slice(0, 255),
      sha256: plan.sha256,
      format: plan.format,
      encoding: plan.encoding,
      rows: plan.rows.length,
      replaced: clashing.length,
      months: months.join(', '),
      totalPlan: total('plan'),
      totalActual: total('actual'),
      uploadedBy: req.user?.collection === 'users' ? req.user.id : undefined,
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })) as unknown as ImportRecord
  // Every row was checked above (values, range, closed months, duplicates) and carries what the
  // entries' hooks would check, so the rows go in as bulk inserts in the same transaction.
  await insertRows(
    req,
    REVENUE_ENTRIES_SLUG,
    plan.rows.map((row) => ({
      month: row.month,
      publication: row.publication,
      line: row.revenueLine,
      kind: row.kind,
      amount: row.amount,
      note: row.note || null,
      source: 'import',
      import: record.id,
    })),
  )
  return { ok: true, record, created: plan.rows.length, replaced: clashing.length, months }
}
