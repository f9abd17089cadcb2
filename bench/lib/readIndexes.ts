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

/**
 * What-if mode (BENCH_EXTRA_INDEXES=1), on the throw-away bench database only: the two
 * indexes the schema lacks for public reads, so the comparison shows the cost of code rather
 * than of missing indexes.
 *  - `<collection>_locales (_parent_id)`: Payload's only index there is UNIQUE (_locale,
 *    _parent_id), unusable for the per-document `where _parent_id = ?` lookup, so SQLite
 *    scans the whole locales table once per story.
 *  - `stories (workflow_state, created_at)`: lets "published, newest first, limit 20" walk an
 *    index and stop at 20 instead of building all 5,000 documents' JSON before sorting.
 * Added once, right after seeding (later boots skip the schema push that would drop them).
 */
export async function addReadIndexes(payload: Payload): Promise<void> {
  const postgres = payload.db.name === 'postgres'
  const listing = postgres
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE '%\\_locales'"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'"
  const { rows } = await run(payload, listing)
  for (const { name } of rows) {
    await run(
      payload,
      `CREATE INDEX IF NOT EXISTS "${String(name)}_bench_parent_idx" ON "${String(name)}" ("_parent_id")`,
    )
  }
  await run(
    payload,
    'CREATE INDEX IF NOT EXISTS "stories_bench_state_created_idx" ON "stories" ("workflow_state", "created_at")',
  )
  await analyzeIfPostgres(payload)
}
