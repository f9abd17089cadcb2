import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  name?: string
  drizzle?: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
  execute?: (args: { db?: unknown; drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Makes writes to one channel's schedule take turns until the request's transaction ends, so two
 * imports (or an import and a manual item) cannot both pass the overlap check and then both be
 * written. PostgreSQL gets a transaction-scoped advisory lock (READ COMMITTED would let both read
 * the old day); SQLite transactions of this process already run one at a time
 * (src/config/sqliteTransactions.ts). Does nothing outside a transaction.
 */
export async function lockChannelSchedule(req: PayloadRequest, channel: number | string): Promise<void> {
  const db = req.payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' || !req.transactionID || !db.execute) return
  const session = db.sessions?.[String(await req.transactionID)]
  const id = Number(channel)
  if (!session?.db || !Number.isInteger(id) || id < 0 || id > 2_147_483_647) return
  await db.execute({
    db: session.db,
    drizzle: db.drizzle,
    raw: `SELECT pg_advisory_xact_lock(hashtext('airtime-schedule'), ${id})`,
  })
}
