import type { Payload } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { lexicalToPlainText } from '../../../src/lib/textMeasure'
import { PUBLIC_STATES } from '../../../src/lib/workflow'
import { PLACEMENTS_SLUG, type EditionDoc } from '../types'
import type { StoryText } from './zones'

type Placement = { story?: unknown; page?: number | null }
type StoryDoc = {
  id: number | string
  headline?: string | null
  standfirst?: string | null
  body?: unknown
  print?: { headline?: string | null; text?: string | null } | null
}

const DAY_MS = 24 * 3600 * 1000
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000
const MAX_DATE_CANDIDATES = 300

/** What the page may show of a story: its print headline and text, else the web headline and body. */
export function storyText(story: StoryDoc): StoryText {
  const body = story.print?.text?.trim() || lexicalToPlainText(story.body)
  return {
    id: story.id,
    headline: [story.headline, story.print?.headline].filter(Boolean).join('\n'),
    text: [story.standfirst, body].filter(Boolean).join('\n'),
  }
}

/** Start and end of the day before and the day of the edition, in Vietnam's time. */
export function dateWindow(isoDate: string): { from: string; to: string } | undefined {
  const day = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`)
  if (!Number.isFinite(day)) return undefined
  const midnight = day - VIETNAM_OFFSET_MS
  return { from: new Date(midnight - DAY_MS).toISOString(), to: new Date(midnight + DAY_MS).toISOString() }
}

async function storiesByIds(payload: Payload, ids: Array<number | string>): Promise<StoryDoc[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'stories',
    where: { id: { in: ids } },
    depth: 0,
    locale: 'vi',
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as StoryDoc[]
}

/**
 * The stories a page of the edition may hold, for zone matching: those the print plan placed on
 * that page; else everything placed in the edition (a page moved at the last minute); else the
 * stories published the day before or the day of the edition (no plan at all).
 */
export function candidateLoader(payload: Payload, edition: EditionDoc) {
  let placements: Promise<Placement[]> | undefined
  let byDate: Promise<StoryText[]> | undefined
  const loadPlacements = async () => {
    const { docs } = await payload.find({
      collection: PLACEMENTS_SLUG as never,
      where: { edition: { equals: edition.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs as unknown as Placement[]
  }
  const loadByDate = async (): Promise<StoryText[]> => {
    const window = edition.date ? dateWindow(edition.date) : undefined
    if (!window) return []
    const { docs } = await payload.find({
      collection: 'stories',
      where: {
        and: [
          { workflowState: { in: [...PUBLIC_STATES] } },
          { publishedAt: { greater_than_equal: window.from } },
          { publishedAt: { less_than: window.to } },
        ],
      },
      depth: 0,
      locale: 'vi',
      limit: MAX_DATE_CANDIDATES,
      overrideAccess: true,
    })
    return (docs as unknown as StoryDoc[]).map(storyText)
  }
  return async (page: number): Promise<StoryText[]> => {
    placements ??= loadPlacements()
    const all = await placements
    const ids = (list: Placement[]) => [
      ...new Set(list.map((p) => relationId(p.story)).filter((id) => id !== undefined)),
    ]
    const onPage = ids(all.filter((p) => Number(p.page) === page))
    const planned = onPage.length ? onPage : ids(all)
    if (planned.length) return (await storiesByIds(payload, planned)).map(storyText)
    byDate ??= loadByDate()
    return byDate
  }
}
