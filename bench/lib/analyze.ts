import type { Payload } from 'payload'

type Executable = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Array<Record<string, unknown>> }>
}

const run = (payload: Payload, raw: string) => {
  const db = payload.db as unknown as Executable
  return db.execute({ drizzle: db.drizzle, raw })
}

/**
 * PostgreSQL plans from statistics; a production database has them (autovacuum), a database
 * bulk-loaded a second ago does not yet. SQLite is left as an app would leave it (no ANALYZE).
 */
export async function analyzeIfPostgres(payload: Payload): Promise<void> {
  if (payload.db.name === 'postgres') await run(payload, 'ANALYZE')
}
