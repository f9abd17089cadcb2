import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  name?: string
  drizzle?: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
  tableNameMap?: Map<string, string>
  execute?: (args: { db?: unknown; drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Locks that make writes take turns until the request's transaction ends, where READ COMMITTED
 * would let two transactions both read the old state and both pass a check. Only PostgreSQL needs
 * them: SQLite transactions of this process already run one at a time
 * (src/config/sqliteTransactions.ts). Outside a transaction they do nothing.
 */
async function runInTransaction(req: PayloadRequest, raw: () => string | undefined): Promise<void> {
  const db = req.payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' || !req.transactionID || !db.execute) return
  const session = db.sessions?.[String(await req.transactionID)]
  const statement = raw()
  if (!session?.db || !statement) return
  await db.execute({ db: session.db, drizzle: db.drizzle, raw: statement })
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/** An advisory lock named by `scope` (and `key` within it), held until the transaction ends. */
export function holdAdvisoryLock(req: PayloadRequest, scope: string, key?: string | number): Promise<void> {
  return runInTransaction(req, () =>
    key === undefined
      ? `SELECT pg_advisory_xact_lock(hashtext(${literal(scope)}))`
      : `SELECT pg_advisory_xact_lock(hashtext(${literal(scope)}), hashtext(${literal(String(key))}))`,
  )
}

/** Holds one row of a collection (SELECT … FOR UPDATE) until the transaction ends. */
export function holdRowLock(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  return runInTransaction(req, () => {
    // Only an id's digits reach the statement; the table name comes from Payload's own map.
    if (!/^\d{1,12}$/.test(String(id))) return undefined
    const db = req.payload.db as unknown as SqlAdapter
    const table = (
      db.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
    ).replace(/"/g, '')
    return `SELECT "id" FROM "${table}" WHERE "id" = ${Number(id)} FOR UPDATE`
  })
}
