import type { PayloadRequest } from 'payload'

type DrizzleDb = {
  name: string
  drizzle: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
  tableNameMap?: Map<string, string>
  execute: (args: { db?: unknown; drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Holds a rundown's row until the request's transaction ends, so two saves of one rundown take
 * turns: the second reads the version the first wrote and is refused (409) instead of overwriting
 * it. PostgreSQL needs the explicit lock (READ COMMITTED lets both read the old version); SQLite
 * transactions of this process already run one at a time (src/config/sqliteTransactions.ts).
 * Does nothing outside a transaction.
 */
export async function lockRundownRow(req: PayloadRequest, id: number | string): Promise<void> {
  const db = req.payload.db as unknown as DrizzleDb
  if (db.name !== 'postgres' || !req.transactionID) return
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session?.db) return
  // Ids reach here validated (digits only); the table name comes from Payload's own map.
  if (!/^\d{1,12}$/.test(String(id))) return
  const table = db.tableNameMap?.get('rundowns') ?? 'rundowns'
  await db.execute({
    db: session.db,
    drizzle: db.drizzle,
    raw: `SELECT "id" FROM "${table.replace(/"/g, '')}" WHERE "id" = ${Number(id)} FOR UPDATE`,
  })
}

/**
 * Makes creations of one programme's rundown for one day take turns until the transaction ends, so
 * of two requests at once the second sees the first's rundown and gets a 409 (PostgreSQL would
 * otherwise let both pass the check and refuse the second at the unique index with a bare 400).
 */
export async function lockProgrammeDay(req: PayloadRequest, programme: number, date: string): Promise<void> {
  const db = req.payload.db as unknown as DrizzleDb
  if (db.name !== 'postgres' || !req.transactionID) return
  const session = db.sessions?.[String(await req.transactionID)]
  // Both values reach here validated (an id's digits, a YYYY-MM-DD date).
  if (!session?.db || !Number.isInteger(programme) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return
  await db.execute({
    db: session.db,
    drizzle: db.drizzle,
    raw: `SELECT pg_advisory_xact_lock(hashtext('rundowns'), hashtext('${programme}:${date}'))`,
  })
}
