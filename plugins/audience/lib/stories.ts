/**
 * What the audience tables need to know of a story: whether it may be counted, its desk and the
 * channel each platform's figures are credited to. Read with plain SQL, a batch of stories a
 * query, because an import names tens of thousands of them.
 */
import { isLookupId } from '../../../src/lib/lookupId'
import { PUBLIC_STATES } from '../../../src/lib/workflow'
import { platformOf } from './platforms'
import { idOf, num, text, type Sql } from './sql'

export type StoryChannel = { id: number; kind: string }

export type StoryFacts = {
  id: number
  slug: string | null
  state: string
  /** Ever published: killed stories were read before they were withdrawn. */
  published: boolean
  desk: number | null
  channels: StoryChannel[]
}

/** Story keys looked up a query: large enough that an import of 50,000 stories takes ten. */
export const STORY_BATCH = 5000

/** Currently readable by the public: the only stories a beacon may count. */
export const isPublicNow = (story: StoryFacts) => (PUBLIC_STATES as readonly string[]).includes(story.state)

/**
 * The channel a platform's figures go to: the story's first channel of the kind the platform
 * serves (radio listens to the radio channel, web views to the website…), else its first channel.
 */
export function creditedPublication(platform: string, channels: readonly StoryChannel[]): number | null {
  const kinds = platformOf(platform)?.channelKinds ?? []
  for (const kind of kinds) {
    const match = channels.find((channel) => channel.kind === kind)
    if (match) return match.id
  }
  return channels[0]?.id ?? null
}

type FactRow = {
  id: unknown
  slug: unknown
  workflow_state: unknown
  published_at: unknown
  desk_id: unknown
  publication: unknown
  kind: unknown
}

async function factsWhere(sql: Sql, where: string): Promise<StoryFacts[]> {
  const stories = sql.table('stories')
  const rels = sql.table('stories_rels')
  const publications = sql.table('publications')
  const rows = await sql.rows<FactRow>(
    `SELECT s.id, s.slug, s.workflow_state, s.published_at, s.desk_id, r.publications_id AS publication, p.kind
     FROM ${stories} s
     LEFT JOIN ${rels} r ON r.parent_id = s.id AND r.path = 'channels'
     LEFT JOIN ${publications} p ON p.id = r.publications_id
     WHERE ${where}
     ORDER BY s.id, r."order"`,
  )
  const byId = new Map<number, StoryFacts>()
  for (const row of rows) {
    const id = idOf(row.id)
    if (id === null) continue
    let story = byId.get(id)
    if (!story) {
      story = {
        id,
        slug: typeof row.slug === 'string' ? row.slug : null,
        state: String(row.workflow_state ?? ''),
        published: row.published_at !== null && row.published_at !== undefined,
        desk: idOf(row.desk_id),
        channels: [],
      }
      byId.set(id, story)
    }
    const publication = idOf(row.publication)
    if (publication !== null) story.channels.push({ id: publication, kind: String(row.kind ?? '') })
  }
  return [...byId.values()]
}

/** Facts of these story ids (missing ones are absent from the map). */
export async function loadStoryFacts(sql: Sql, ids: Iterable<number>): Promise<Map<number, StoryFacts>> {
  const all = [...new Set(ids)].filter((id) => isLookupId(id))
  const facts = new Map<number, StoryFacts>()
  for (let start = 0; start < all.length; start += STORY_BATCH) {
    const batch = all.slice(start, start + STORY_BATCH)
    for (const story of await factsWhere(sql, `s.id IN (${batch.map(num).join(', ')})`))
      facts.set(story.id, story)
  }
  return facts
}

/**
 * Stories named by id (digits) or slug, a query or two for the whole batch. Returns, for each key
 * found, the story under that key as given; a key that is both an id and another story's slug
 * means the id.
 */
export async function findStoriesByKey(sql: Sql, keys: readonly string[]): Promise<Map<string, StoryFacts>> {
  // "0042" is looked up as id 42 and must be answered under "0042", which is what callers ask for.
  const keysOfId = new Map<number, string[]>()
  for (const key of keys) {
    if (!/^\d+$/.test(key) || !isLookupId(key)) continue
    const id = Number(key)
    keysOfId.set(id, [...(keysOfId.get(id) ?? []), key])
  }
  const ids = [...keysOfId.keys()]
  // Digits are an id first, but may also be a slug (a story headlined "2026").
  const slugs = [...keys]
  const found = new Map<string, StoryFacts>()
  if (ids.length === 0 && slugs.length === 0) return found
  // Two index lookups rather than one OR, which PostgreSQL answers with a scan of every story.
  const stories = [
    ...(ids.length ? await factsWhere(sql, `s.id IN (${ids.map(num).join(', ')})`) : []),
    ...(slugs.length ? await factsWhere(sql, `s.slug IN (${slugs.map(text).join(', ')})`) : []),
  ]
  const wantedSlugs = new Set(slugs)
  for (const story of stories) if (story.slug && wantedSlugs.has(story.slug)) found.set(story.slug, story)
  for (const story of stories) for (const key of keysOfId.get(story.id) ?? []) found.set(key, story)
  return found
}
