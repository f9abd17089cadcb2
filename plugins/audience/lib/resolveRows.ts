/**
 * The second half of checking an import: which story each key names (a batch of keys a query),
 * whether it was ever published, and whether two lines give the same story, platform and day
 * (also when one names it by id and the other by slug or URL).
 */
import type { LineError } from '../../../src/lib/imports/responses'
import type { AudienceRows } from './audienceCsv'
import { COLUMN_NAMES } from './audienceCsv'
import { PLATFORM_KEYS } from './platforms'
import type { Sql } from './sql'
import { creditedPublication, findStoriesByKey, STORY_BATCH, type StoryFacts } from './stories'

export type ResolvedRows = {
  /** Per row: the story id, its desk and the channel credited. */
  story: number[]
  desk: Array<number | null>
  publication: Array<number | null>
}

const DAY_MS = 86_400_000
const EPOCH_2000 = Date.UTC(2000, 0, 1)

/** (story, platform, day) as one safe integer: 31 + 5 + 15 bits (days since 2000 until 2089). */
export function rowIdentity(story: number, platformIndex: number, day: string): number {
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH_2000) / DAY_MS)
  return story * 2 ** 20 + platformIndex * 2 ** 15 + days
}

export async function resolveRows(
  sql: Sql,
  rows: AudienceRows,
  fail: (error: LineError) => void,
): Promise<ResolvedRows | undefined> {
  const facts: Array<StoryFacts | undefined> = new Array(rows.keys.length)
  for (let start = 0; start < rows.keys.length; start += STORY_BATCH) {
    const batch = rows.keys.slice(start, start + STORY_BATCH)
    const found = await findStoriesByKey(sql, batch)
    batch.forEach((key, offset) => (facts[start + offset] = found.get(key)))
  }

  const resolved: ResolvedRows = { story: [], desk: [], publication: [] }
  const seen = new Map<number, number>()
  const platformIndex = new Map(PLATFORM_KEYS.map((key, index) => [key, index]))
  let ok = true
  for (let row = 0; row < rows.length; row++) {
    const line = rows.line[row]!
    const key = rows.keys[rows.key[row]!]!
    const story = facts[rows.key[row]!]
    if (!story) {
      ok = false
      fail({ line, column: COLUMN_NAMES.story, message: `không có tin bài "${key}" trong tòa soạn` })
      continue
    }
    if (!story.published) {
      ok = false
      fail({
        line,
        column: COLUMN_NAMES.story,
        message: `tin bài "${key}" (#${story.id}) chưa từng xuất bản`,
      })
      continue
    }
    const platform = rows.platform[row]!
    const identity = rowIdentity(story.id, platformIndex.get(platform) ?? 31, rows.day[row]!)
    const earlier = seen.get(identity)
    if (earlier !== undefined) {
      ok = false
      fail({
        line,
        message: `trùng dòng ${earlier}: cùng tin bài #${story.id}, nền tảng ${platform}, ngày ${rows.day[row]}`,
      })
      continue
    }
    seen.set(identity, line)
    resolved.story.push(story.id)
    resolved.desk.push(story.desk)
    resolved.publication.push(creditedPublication(platform, story.channels))
  }
  return ok ? resolved : undefined
}
