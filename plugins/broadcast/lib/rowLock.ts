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
