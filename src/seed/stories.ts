import type { Payload } from 'payload'

import { WORKFLOW_STATES, type WorkflowState } from '../lib/workflow'
import { DESKS } from './content/organisation'
import { BROADCAST_STORIES } from './content/stories-broadcast'
import { ECONOMY_STORIES } from './content/stories-economy'
import { ENGLISH_EDITIONS } from './content/stories-english'
import { NEWS_STORIES } from './content/stories-news'
import { ONLINE_STORIES } from './content/stories-online'
import { SOCIETY_STORIES } from './content/stories-society'
import type { StorySeed } from './content/types'
import { lexicalFromParagraphs } from './lexical'
import { idOf, need, type IdMap, type SeedRefs } from './refs'

/** The seed replays history: assets were attached while their rights were still valid. */
const HISTORY = { allowExpiredAssets: true }

export const DEMO_STORIES: readonly StorySeed[] = [
  ...NEWS_STORIES,
  ...ECONOMY_STORIES,
  ...SOCIETY_STORIES,
  ...BROADCAST_STORIES,
  ...ONLINE_STORIES,
]

const HOUR_MS = 3_600_000
const SOCIAL_MAX = 300
const PUBLIC_ONCE: readonly WorkflowState[] = ['published', 'corrected', 'killed']

/**
 * Catches mistakes in the hand-written data before anything is stored, with the story named:
 * the demo promises every workflow state and every desk, and the hooks would otherwise fail
 * half-way with a less helpful message.
 */
export function checkDemoStories(stories: readonly StorySeed[]): void {
  const problems: string[] = []
  const keys = new Set<string>()
  for (const s of stories) {
    if (keys.has(s.key)) problems.push(`${s.key}: duplicate key`)
    keys.add(s.key)
    if (PUBLIC_ONCE.includes(s.state) && s.hoursAgo === undefined) problems.push(`${s.key}: needs hoursAgo`)
    if (s.state === 'scheduled' && !(s.scheduledInHours && s.scheduledInHours > 0))
      problems.push(`${s.key}: needs scheduledInHours > 0`)
    if (s.state === 'assigned' && !s.assignee) problems.push(`${s.key}: assigned without assignee`)
    if (s.state === 'corrected' && !s.corrections?.length)
      problems.push(`${s.key}: corrected without corrections`)
    if (s.state === 'killed' && !s.killReason) problems.push(`${s.key}: killed without killReason`)
    if (s.social && s.social.text.length > SOCIAL_MAX)
      problems.push(`${s.key}: social text ${s.social.text.length} > ${SOCIAL_MAX}`)
  }
  const states = new Set(stories.map((s) => s.state))
  for (const state of WORKFLOW_STATES) if (!states.has(state)) problems.push(`no story in state "${state}"`)
  const desks = new Set(stories.map((s) => s.desk))
  for (const desk of DESKS) if (!desks.has(desk.code)) problems.push(`no story on desk "${desk.code}"`)
  if (problems.length) throw new Error(`seed: demo stories are inconsistent:\n  - ${problems.join('\n  - ')}`)
}

function hoursFrom(now: Date, hours: number): string {
  return new Date(now.getTime() + hours * HOUR_MS).toISOString()
}

function storyData(s: StorySeed, refs: SeedRefs, now: Date) {
  const ids = (map: IdMap, keys: readonly string[] | undefined, what: string) =>
    (keys ?? []).map((key) => need(map, key, what))
  const user = (key: string | undefined) => (key ? need(refs.users, key, 'user') : null)
  return {
    headline: s.headline,
    standfirst: s.standfirst ?? null,
    body: lexicalFromParagraphs(s.body),
    // Corrections and kills are real transitions applied afterwards, so the hooks record them.
    workflowState: PUBLIC_ONCE.includes(s.state) ? ('published' as const) : s.state,
    publishedAt: s.hoursAgo === undefined ? null : hoursFrom(now, -s.hoursAgo),
    scheduledAt: s.scheduledInHours === undefined ? null : hoursFrom(now, s.scheduledInHours),
    desk: need(refs.desks, s.desk, 'desk'),
    section: need(refs.sections, s.section, 'section'),
    topics: ids(refs.topics, s.topics, 'topic'),
    places: ids(refs.places, s.places, 'place'),
    channels: ids(refs.publications, s.channels, 'publication'),
    featuredImage: s.image ? need(refs.images, s.image, 'image') : null,
    assets: ids(refs.images, s.assets, 'image'),
    bylines: (s.bylines ?? []).map((b) => ({
      user: user(b.user),
      name: b.name ?? null,
      contribution: b.role ?? ('writer' as const),
    })),
    assignee: user(s.assignee),
    createdBy: user(s.createdBy),
    web: s.web ?? {},
    print: s.print ?? {},
    radio: s.radio ?? {},
    tv: s.tv ?? {},
    social: s.social ?? {},
  }
}

/**
 * Stories are created by trusted server code (no user), which the workflow hook lets start in
 * any state; corrections and kills then go through it as real transitions.
 */
export async function seedStories(payload: Payload, refs: SeedRefs, now: Date): Promise<IdMap> {
  checkDemoStories(DEMO_STORIES)
  const ids: IdMap = new Map()
  for (const s of DEMO_STORIES) {
    const data = storyData(s, refs, now)
    const id = idOf(await payload.create({ collection: 'stories', data, depth: 0, context: HISTORY }))
    ids.set(s.key, id)
    for (const correctionNote of s.corrections ?? []) {
      await payload.update({
        collection: 'stories',
        context: HISTORY,
        id,
        data: { workflowState: 'corrected', correctionNote },
        depth: 0,
      })
    }
    if (s.killReason) {
      await payload.update({
        collection: 'stories',
        context: HISTORY,
        id,
        data: { workflowState: 'killed', killReason: s.killReason },
        depth: 0,
      })
    }
  }
  await seedEnglishEditions(payload, ids)
  return ids
}

async function seedEnglishEditions(payload: Payload, ids: IdMap): Promise<void> {
  for (const edition of ENGLISH_EDITIONS) {
    const id = need(ids, edition.key, 'story')
    await payload.update({
      collection: 'stories',
      context: HISTORY,
      id,
      locale: 'en',
      data: {
        headline: edition.headline,
        standfirst: edition.standfirst,
        body: lexicalFromParagraphs(edition.body),
        web: { seoDescription: edition.seoDescription ?? null },
        social: { text: edition.social ?? null },
      },
      depth: 0,
    })
    // The stored print length and read times are not localised and were just measured on the
    // English text; measuring again in Vietnamese puts back the figures the desks plan with.
    await payload.update({ collection: 'stories', id, locale: 'vi', data: {}, depth: 0, context: HISTORY })
  }
}
