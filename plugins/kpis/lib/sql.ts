/**
 * Read-only aggregate queries for the KPIs on both databases. Through the adapters' own clients
 * (pg pool, libsql client): the two adapters bring two copies of drizzle-orm, and a query built
 * with one is not understood by the other (see plugins/distribution/lib/publicCache.ts). Reads
 * only: writes go through Payload, so they take part in its (serialised, on SQLite) transactions.
 */
import type { Payload, PayloadRequest } from 'payload'

export type Row = Record<string, unknown>
export type Dialect = 'postgres' | 'sqlite'
export type SqlValue = string | number | boolean | null

type PgClient = { query: (text: string, values?: unknown[]) => Promise<{ rows: Row[] }> }
type LibsqlClient = { execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: Row[] }> }

type Adapters = {
  name: string
  pool?: PgClient
  client?: LibsqlClient
  /** Payload's open transactions: drizzle transaction objects whose session holds the connection. */
  sessions?: Record<string, { db?: { session?: { client?: PgClient; tx?: LibsqlClient } } }>
}

/**
 * The connection of the transaction `req` holds open, if any: a query inside it sees the
 * caller's own uncommitted writes, and a write does not wait (SQLite) for that transaction.
 */
async function transactionClient(
  db: Adapters,
  req: Pick<PayloadRequest, 'transactionID'> | undefined,
): Promise<{ pg?: PgClient; libsql?: LibsqlClient } | undefined> {
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? db.sessions?.[String(id)]?.db?.session : undefined
  if (!session) return undefined
  return db.name === 'postgres' ? { pg: session.client } : { libsql: session.tx }
}

export function dialectOf(payload: Payload): Dialect {
  return payload.db.name === 'postgres' ? 'postgres' : 'sqlite'
}

/** `?` placeholders become `$1`, `$2` … for PostgreSQL (our queries hold no `?` in literals). */
export function toPostgresPlaceholders(text: string): string {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

/**
 * Runs one parameterised query (`?` placeholders) and returns its rows as plain objects; inside
 * the transaction `req` holds open, when it holds one.
 */
export async function queryRows(
  payload: Payload,
  text: string,
  params: readonly SqlValue[] = [],
  req?: Pick<PayloadRequest, 'transactionID'>,
): Promise<Row[]> {
  const db = payload.db as unknown as Adapters
  const inTransaction = await transactionClient(db, req)
  if (db.name === 'postgres') {
    const pg = inTransaction?.pg ?? db.pool
    if (!pg) throw new Error('kpis: the PostgreSQL adapter has no pool')
    return (await pg.query(toPostgresPlaceholders(text), [...params])).rows
  }
  const client = inTransaction?.libsql ?? db.client
  if (!client) throw new Error('kpis: the SQLite adapter has no client')
  const args = params.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value))
  const { rows } = await client.execute({ sql: text, args })
  return rows.map((row) => ({ ...row }))
}

/** `YYYY-MM` of the Vietnam month a timestamp column falls in. */
export function vietnamMonthSql(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `to_char((${column} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`
    : `strftime('%Y-%m', ${column}, '+7 hours')`
}

/** A column value as a number (PostgreSQL answers counts and sums as strings). */
export function num(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'string' && value.trim() !== '') return Number(value)
  return 0
}

/** A timestamp column as an ISO string (PostgreSQL gives Dates, SQLite the stored text). */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return value.includes('T') ? new Date(value).toISOString() : value
  return ''
}

/** `(?, ?, ?)` for an IN list of `count` values. */
export function placeholders(count: number): string {
  return `(${Array.from({ length: count }, () => '?').join(', ')})`
}
