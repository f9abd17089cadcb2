/**
 * Plain SQL for the audience tables, the same text on SQLite and PostgreSQL: multi-row inserts,
 * upserts (ON CONFLICT … DO UPDATE) and INSERT … SELECT … GROUP BY, which both speak alike and
 * which the Local API cannot do in bulk. Values are written as literals: numbers are checked
 * finite, text is quoted by doubling single quotes (both databases' standard strings).
 */
import type { Payload, PayloadRequest } from 'payload'

type ExecuteResult = {
  rows?: Array<Record<string, unknown>>
  rowCount?: number | null
  rowsAffected?: number
}

type SqlAdapter = {
  name?: string
  drizzle: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
  tableNameMap?: Map<string, string>
  execute: (args: { db?: unknown; drizzle: unknown; raw: string }) => Promise<ExecuteResult>
}

export type Sql = {
  postgres: boolean
  /** The quoted table of a collection (`audience-daily` → "audience_daily"). */
  table: (slug: string) => string
  /** Rows of a query, in the request's transaction when it has one. */
  rows: <Row = Record<string, unknown>>(raw: string) => Promise<Row[]>
  /** Runs a statement; returns the rows it changed. */
  run: (raw: string) => Promise<number>
}

export function text(value: string): string {
  if (value.includes('\u0000')) throw new Error('SQL text literal with a NUL character')
  return `'${value.replace(/'/g, "''")}'`
}

export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`SQL number literal is not finite: ${value}`)
  return String(value)
}

/**
 * A PostgreSQL array literal (`'{1,2,NULL}'::numeric[]`): one value for a whole column of rows,
 * which `unnest` turns back into rows. Parsed as one constant, far cheaper than a VALUES list.
 */
export function pgArray(
  values: ReadonlyArray<string | number | null>,
  type: 'integer' | 'numeric' | 'text',
): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL'
    if (typeof value === 'number') return num(value)
    return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`
  })
  return `${text(`{${items.join(',')}}`)}::${type}[]`
}

/** A relationship id or NULL. */
export function idOrNull(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return 'NULL'
  const id = Number(value)
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`SQL id literal is not an id: ${value}`)
  return String(id)
}

/**
 * The SQL of this Payload, bound to `req`'s transaction when it has one (so what a request writes
 * and reads back is one unit), else to the adapter's own connection.
 */
export async function sqlFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Sql> {
  const adapter = payload.db as unknown as SqlAdapter
  if (typeof adapter.execute !== 'function' || !adapter.drizzle)
    throw new Error('Số liệu khán giả cần cơ sở dữ liệu SQL (SQLite hoặc PostgreSQL).')
  const transactionID = req?.transactionID === undefined ? undefined : await req.transactionID
  const db = transactionID === undefined ? undefined : adapter.sessions?.[String(transactionID)]?.db
  const execute = (raw: string) => adapter.execute({ db, drizzle: adapter.drizzle, raw })
  return {
    postgres: adapter.name === 'postgres',
    table: (slug) => {
      const name = adapter.tableNameMap?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
      return `"${name.replace(/"/g, '')}"`
    },
    rows: async <Row>(raw: string) => ((await execute(raw)).rows ?? []) as Row[],
    run: async (raw) => {
      const result = await execute(raw)
      return Number(result.rowCount ?? result.rowsAffected ?? 0)
    },
  }
}

/** A column value as a number (PostgreSQL answers numeric and bigint as strings). */
export function numberOf(value: unknown): number {
  if (value === null || value === undefined) return 0
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(number) ? number : 0
}

/** A relationship column as an id, null for NULL. */
export function idOf(value: unknown): number | null {
  if (value === null || value === undefined) return null
  const id = Number(value)
  return Number.isSafeInteger(id) ? id : null
}
