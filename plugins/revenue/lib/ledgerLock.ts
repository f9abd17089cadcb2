import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  name?: string
  drizzle?: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
  execute?: (args: { db?: unknown; drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Makes every write to the ledger (entries, imports, closing a month) take turns until its
 * transaction ends, so a month cannot be closed while an import into it is half-way, and two
 * imports or entries cannot both pass the duplicate check. Ledger writes are a few a day: one
 * lock for the whole ledger costs nothing. PostgreSQL needs the advisory lock (READ COMMITTED
 * lets both read the old state); SQLite transactions of this process already run one at a time
 * (src/config/sqliteTransactions.ts). Does nothing outside a transaction.
 */
export async function lockLedger(req: PayloadRequest): Promise<void> {
  const db = req.payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' || !req.transactionID || !db.execute) return
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session?.db) return
  await db.execute({
    db: session.db,
    drizzle: db.drizzle,
    raw: `SELECT pg_advisory_xact_lock(hashtext('revenue-ledger'))`,
  })
}
