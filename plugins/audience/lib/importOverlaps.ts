/**
 * Which lines of a refused import (409) repeat figures an earlier import already gave, and from
 * which file. Runs only on that path, on committed data, after the import was rolled back.
 */
import type { Payload } from 'payload'

import { AUDIENCE_DAILY_SLUG } from '../collections/AudienceDaily'
import { AUDIENCE_IMPORTS_SLUG } from '../collections/AudienceImports'
import type { LineError } from '../../../src/lib/imports/responses'
import type { AudienceRows } from './audienceCsv'
import { PLATFORM_KEYS } from './platforms'
import type { ResolvedRows } from './resolveRows'
import { rowIdentity } from './resolveRows'
import { idOf, num, sqlFor, text } from './sql'

const LISTED = 50
const CHUNK = 500

export async function describeOverlaps(
  payload: Payload,
  rows: AudienceRows,
  resolved: ResolvedRows,
): Promise<{ errors: LineError[]; more: number }> {
  const sql = await sqlFor(payload)
  const daily = sql.table(AUDIENCE_DAILY_SLUG)
  const platformIndex = new Map(PLATFORM_KEYS.map((key, index) => [key, index]))
  const found: Array<{ line: number; row: number; importId: number | null }> = []
  let more = 0
  for (let start = 0; start < rows.length; start += CHUNK) {
    const end = Math.min(rows.length, start + CHUNK)
    const wanted = new Map<number, number>()
    const stories = new Set<number>()
    let first = rows.day[start]!
    let last = first
    for (let row = start; row < end; row++) {
      const day = rows.day[row]!
      wanted.set(rowIdentity(resolved.story[row]!, platformIndex.get(rows.platform[row]!) ?? 31, day), row)
      stories.add(resolved.story[row]!)
      if (day < first) first = day
      if (day > last) last = day
    }
    const stored = await sql.rows<{ story_id: unknown; platform: unknown; day: unknown; import_id: unknown }>(
      `SELECT story_id, platform, day, import_id FROM ${daily}
       WHERE source = 'import' AND story_id IN (${[...stories].map(num).join(', ')})
         AND day >= ${text(first)} AND day <= ${text(last)}`,
    )
    for (const row of stored) {
      const identity = rowIdentity(
        Number(row.story_id),
        platformIndex.get(String(row.platform)) ?? 31,
        String(row.day),
      )
      const index = wanted.get(identity)
      if (index === undefined) continue
      if (found.length < LISTED)
        found.push({ line: rows.line[index]!, row: index, importId: idOf(row.import_id) })
      else more++
    }
  }
  const ids = [...new Set(found.map((f) => f.importId).filter((id): id is number => id !== null))]
  const names = new Map<number, string>()
  if (ids.length) {
    const { docs } = await payload.find({
      collection: AUDIENCE_IMPORTS_SLUG,
      where: { id: { in: ids } },
      limit: ids.length,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs as Array<{ id: number; fileName?: string }>) names.set(doc.id, doc.fileName ?? '')
  }
  found.sort((a, b) => a.line - b.line)
  const errors = found.map(({ line, row, importId }) => ({
    line,
    message:
      `tin bài #${resolved.story[row]}, nền tảng ${rows.platform[row]}, ngày ${rows.day[row]} đã có số liệu từ ` +
      (importId === null
        ? 'một lượt nhập trước'
        : `lượt nhập #${importId} (tệp "${names.get(importId) ?? '?'}")`) +
      '; gửi replace=true để thay số liệu cũ bằng số liệu trong tệp này',
  }))
  return { errors, more }
}
