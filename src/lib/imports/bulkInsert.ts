import type { PayloadRequest } from 'payload'

/** The part of Payload's SQL (drizzle) adapters a bulk insert needs. */
type DrizzleAdapter = {
  insert?: (args: {
    db: unknown
    tableName: string
    values: Array<Record<string, unknown>>
  }) => Promise<unknown>
  sessions?: Record<string, { db?: unknown } | undefined>
  tableNameMap?: Map<string, string>
}

const CHUNK = 100

/**
 * Inserts already-checked rows into a collection's table inside the request's transaction, a
 * hundred rows a statement. Rows use the collection's field names (relationships as ids) and get
 * the timestamps Payload would set. Meant for rows whose hooks have nothing left to do: no
 * validation, hooks or audit run here. Adapters without bulk insert get one `db.create` a row.
 */
export async function insertRows(
  req: PayloadRequest,
  collection: string,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const now = new Date().toISOString()
  const values = rows.map((row) => ({ ...row, createdAt: now, updatedAt: now }))
  const transaction =
    req.transactionID === undefined ? undefined : adapter.sessions?.[String(await req.transactionID)]?.db
  const tableName = adapter.tableNameMap?.get(collection.replace(/-/g, '_'))
  if (!adapter.insert || !transaction || !tableName) {
    for (const data of values)
      await req.payload.db.create({ collection: collection as never, data, req, returning: false })
    return
  }
  for (let start = 0; start < values.length; start += CHUNK) {
    await adapter.insert({ db: transaction, tableName, values: values.slice(start, start + CHUNK) })
  }
}
