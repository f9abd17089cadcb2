/**
 * Bulk writes for the figures section's setup: a transaction per batch, multi-row INSERTs through
 * the adapter's own drizzle tables, and raw SQL on the bench Payload's connection.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

const BATCH = 500
const context = { skipAudit: true }

/** A transaction of our own per batch (PostgreSQL; SQLite runs Payload's serialised ones, see seedStories). */
export async function inTransaction(payload: Payload, write: (req: PayloadRequest) => Promise<void>) {
  const req = await createLocalReq({ context }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  try {
    await write(req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

type Executable = {
  drizzle: unknown
  execute: (args: {
    db?: unknown
    drizzle: unknown
    raw: string
  }) => Promise<{ rows: Array<Record<string, unknown>> }>
}

/** Raw SQL on the bench Payload's own connection (reads of what was just committed). */
export async function sqlRows(payload: Payload, raw: string): Promise<Array<Record<string, unknown>>> {
  const db = payload.db as unknown as Executable
  return (await db.execute({ drizzle: db.drizzle, raw })).rows
}

export type Row = Record<string, unknown>

type BulkAdapter = {
  tables: Record<string, Record<string, unknown>>
  sessions?: Record<string, { db?: unknown } | undefined>
  drizzle: unknown
  insert: (args: { db: unknown; tableName: string; values: Row[] }) => Promise<Row[]>
}

/**
 * Multi-row INSERTs through the adapter's own drizzle tables (keys are their column properties:
 * see `payload.db.tables`), in the request's transaction; returns the rows with their ids. A key
 * a table no longer has is an error here rather than a silently dropped value.
 */
export async function insertInto(
  payload: Payload,
  req: PayloadRequest,
  tableName: string,
  values: Row[],
): Promise<Row[]> {
  if (!values.length) return []
  const adapter = payload.db as unknown as BulkAdapter
  const table = adapter.tables[tableName]
  if (!table) throw new Error(`bench/figures: no table ${tableName}`)
  for (const key of new Set(values.flatMap((row) => Object.keys(row))))
    if (!(key in table))
      throw new Error(`bench/figures writes ${tableName}.${key}, which the schema no longer has`)
  const transactionID = req.transactionID === undefined ? undefined : await req.transactionID
  const db = (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  const out: Row[] = []
  for (let start = 0; start < values.length; start += BATCH)
    out.push(...(await adapter.insert({ db, tableName, values: values.slice(start, start + BATCH) })))
  return out
}
