/**
 * Writing an import's checked rows into `audience-daily` in bulk, inside the import's
 * transaction. PostgreSQL gets one array per column turned back into rows by `unnest` (a few
 * thousand rows a statement, parsed as constants); SQLite multi-row VALUES. Either way one
 * statement per chunk, `ON CONFLICT` deciding what a row already given by an earlier import
 * does: nothing (the caller then refuses the file) or take its place (`replace`).
 */
import { AUDIENCE_DAILY_SLUG } from '../collections/AudienceDaily'
import type { AudienceRows } from './audienceCsv'
import { MEASURE_COLUMNS, MEASURES } from './measures'
import type { ResolvedRows } from './resolveRows'
import { idOrNull, num, pgArray, text, type Sql } from './sql'

const POSTGRES_CHUNK = 5000
const SQLITE_CHUNK = 500

/** Returns how many rows were inserted or replaced. */
export async function insertImportRows(
  sql: Sql,
  rows: AudienceRows,
  resolved: ResolvedRows,
  importId: number | string,
  replace: boolean,
): Promise<number> {
  const daily = sql.table(AUDIENCE_DAILY_SLUG)
  const columns = MEASURES.map((measure) => MEASURE_COLUMNS[measure])
  const target = `${daily} (story_id, platform, day, source, import_id, desk_id, publication_id, ${columns.join(', ')})`
  const onConflict = replace
    ? `DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, import_id = excluded.import_id,
       desk_id = excluded.desk_id, publication_id = excluded.publication_id`
    : 'DO NOTHING'
  const conflict = `ON CONFLICT (story_id, platform, day, source) ${onConflict}`
  const batch = idOrNull(importId)
  let written = 0
  const chunk = sql.postgres ? POSTGRES_CHUNK : SQLITE_CHUNK
  for (let start = 0; start < rows.length; start += chunk) {
    const end = Math.min(rows.length, start + chunk)
    if (sql.postgres) {
      const arrays = [
        pgArray(resolved.story.slice(start, end), 'integer'),
        pgArray(rows.platform.slice(start, end), 'text'),
        pgArray(rows.day.slice(start, end), 'text'),
        pgArray(resolved.desk.slice(start, end), 'numeric'),
        pgArray(resolved.publication.slice(start, end), 'numeric'),
        ...MEASURES.map((measure) => pgArray(rows.measures[measure].slice(start, end), 'numeric')),
      ]
      const names = ['s', 'p', 'd', 'k', 'c', ...MEASURES.map((_, i) => `m${i}`)]
      written += await sql.run(
        `INSERT INTO ${target}
         SELECT s, p, d, 'import', ${batch}, k, c, ${MEASURES.map((_, i) => `m${i}`).join(', ')}
         FROM unnest(${arrays.join(', ')}) AS rows_in(${names.join(', ')})
         ${conflict}`,
      )
      continue
    }
    const values: string[] = []
    for (let row = start; row < end; row++) {
      const measures = MEASURES.map((measure) => num(rows.measures[measure][row]!)).join(', ')
      values.push(
        `(${num(resolved.story[row]!)}, ${text(rows.platform[row]!)}, ${text(rows.day[row]!)}, 'import', ${batch}, ${idOrNull(resolved.desk[row])}, ${idOrNull(resolved.publication[row])}, ${measures})`,
      )
    }
    written += await sql.run(`INSERT INTO ${target} VALUES ${values.join(',\n')} ${conflict}`)
  }
  return written
}
