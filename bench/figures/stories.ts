/**
 * A year of a merged provincial agency's output for the figures section: `count` stories published
 * over 2025 (Vietnam days, 05:00–23:00) across the desks and channels, a few percent still in other
 * states; about 30 % with AI provenance (the story's measured AI share per locale and channel, as
 * the AI plugin stores it on save, plus one provenance record per accepted suggestion), about 10 %
 * with an English headline. Written at the adapter level in batched transactions (lib/seedStories.ts
 * explains why: payload.create costs 80–150 ms a story). Returns what the KPIs must find.
 */
import type { Payload } from 'payload'

import { insertRows } from '../../src/lib/imports/bulkInsert'
import { createPrng } from '../../src/lib/prng'
import { vietnamDayStart } from '../../src/lib/vietnamTime'
import { slugifyVietnamese } from '../../src/lib/vietnamese'
import { headline, pick, PROVINCES, standfirst } from '../lib/storyData'
import type { AudienceStory, StoryKind } from './audienceCsv'
import { inTransaction, insertInto, type Row } from './bulk'
import type { BaseIds, Publication } from './newsroom'

type Id = number | string

export const YEAR = 2025
const BATCH = 500

export type LoadedStories = {
  /** Published (or corrected) stories, in id order, for the audience exports. */
  audience: AudienceStory[]
  published: number
  ai: number
  english: number
  seconds: number
}

export type Planned = {
  slug: string
  state: string
  publishedAt: string | null
  /** The Vietnam day it was published (or written) on. */
  day: string
  at: string
  kind: StoryKind
  section: { id: Id; slug: string }
  desk: Id
  channels: Id[]
  headline: string
  standfirst: string
  byline: string
  chars: number
  ai: { cls: 'assisted' | 'generated'; share: number } | null
  english: boolean
}

const isPublic = (story: Planned) => story.state === 'published' || story.state === 'corrected'

const OTHER_STATES = ['drafting', 'submitted', 'edited', 'approved', 'killed']
const BYLINES = ['Minh Châu', 'Quốc Tuấn', 'Thu Hà', 'Văn Đức', 'Hồng Nhung']
const EN_HEADLINES = [
  'Hung Yen speeds up its digital transformation',
  'New bridge over the Luoc river opens to traffic',
  'Longan growers win export codes for Australia',
  'Province breaks ground on social housing for workers',
  'Grassroots loudspeakers go digital in rural communes',
]

function dayOfYear(index: number, count: number): string {
  const date = new Date(Date.UTC(YEAR, 0, 1 + Math.floor((index * 365) / count)))
  return date.toISOString().slice(0, 10)
}

/** Which channels a desk's story goes out on, and what kind of audience it gets. */
function channelsFor(
  desk: number,
  pubs: readonly Publication[],
  r: () => number,
): { ids: Id[]; kind: StoryKind } {
  const of = (code: string) => pubs.find((p) => p.code === code)!.id
  if (desk === 5) return { ids: [of(r() < 0.7 ? 'HYTV' : 'HYTV2'), of('BHY-WEB'), of('HYTV-FB')], kind: 'tv' }
  if (desk === 4) return { ids: [of(r() < 0.8 ? 'HY-FM' : 'HY-FM2'), of('BHY-WEB')], kind: 'radio' }
  const ids = [of('BHY-WEB')]
  if (r() < 0.4) ids.push(of('BHY'), of('BHY-EP'))
  if (r() < 0.3) ids.push(of('BHY-ZALO'))
  if (r() < 0.05) ids.push(of('BHY-CT'))
  return { ids, kind: 'web' }
}

/** Per content locale, per channel version: characters and AI characters (plugins/ai/lib/provenance). */
function measures(chars: number, share: number) {
  const aiChars = Math.round(chars * share)
  const one = { chars, aiChars }
  return {
    website: one,
    print: one,
    radio: { chars: 0, aiChars: 0 },
    tv: { chars: 0, aiChars: 0 },
    social: one,
  }
}

function plan(count: number, ids: BaseIds, seed: number): Planned[] {
  const r = createPrng(seed)
  return Array.from({ length: count }, (_, i) => {
    const day = dayOfYear(i, count)
    const state = r() < 0.03 ? pick(r, OTHER_STATES) : r() < 0.02 ? 'corrected' : 'published'
    const at = new Date(
      vietnamDayStart(day).getTime() + (300 + Math.floor(r() * 1080)) * 60_000,
    ).toISOString()
    const desk = Math.floor(r() * ids.desks.length)
    const section = ids.sections[Math.floor(r() * ids.sections.length)]!
    const channels = channelsFor(desk, ids.publications, r)
    const headlineText = headline(r, pick(r, PROVINCES))
    const aiRoll = r()
    const cls = aiRoll < 0.06 ? ('generated' as const) : ('assisted' as const)
    const ai =
      aiRoll < 0.3 ? { cls, share: cls === 'generated' ? 0.55 + 0.4 * r() : 0.08 + 0.35 * r() } : null
    return {
      slug: `${slugifyVietnamese(headlineText, 90)}-${i + 1}`,
      state,
      publishedAt: ['published', 'corrected', 'killed'].includes(state) ? at : null,
      day,
      at,
      kind: channels.kind,
      section,
      desk: ids.desks[desk]!,
      channels: channels.ids,
      headline: headlineText,
      standfirst: standfirst(r),
      byline: pick(r, BYLINES),
      chars: 2500 + Math.floor(r() * 4000),
      ai,
      english: r() < 0.1,
    }
  })
}

/** The stories table's row: what Payload's create and our hooks store that the figures read. */
function mainRow(story: Planned): Row {
  return {
    slug: story.slug,
    workflowState: story.state,
    revision: 1,
    publishedAt: story.publishedAt,
    desk: story.desk,
    section: story.section.id,
    print_plannedLength: 4000,
    killReason: story.state === 'killed' ? 'Thông tin chưa được kiểm chứng' : null,
    ai_tagged: false,
    createdAt: story.at,
    updatedAt: story.at,
  }
}

/** Its locale rows (with the AI measures of the Vietnamese version), channels, byline, corrections. */
function rowsOf(story: Planned, id: Id, index: number, rowId: () => string) {
  const share = story.ai?.share ?? 0
  const locales: Row[] = [
    {
      _parentID: id,
      _locale: 'vi',
      headline: story.headline,
      standfirst: story.standfirst,
      web_seoDescription: story.standfirst.slice(0, 300),
      print_actualLength: story.chars,
      radio_estimatedSeconds: 0,
      tv_estimatedSeconds: 0,
      social_text: story.headline.slice(0, 280),
      ai_class: story.ai?.cls ?? 'human',
      ai_share: Math.round(share * 1000) / 1000,
      ai_channels: measures(story.chars, share),
    },
  ]
  if (story.english)
    locales.push({ _parentID: id, _locale: 'en', headline: EN_HEADLINES[index % EN_HEADLINES.length] })
  const rels = story.channels.map((publication, order) => ({
    parent: id,
    path: 'channels',
    order: order + 1,
    publicationsID: publication,
  }))
  const bylines = [{ _parentID: id, _order: 1, id: rowId(), name: story.byline, contribution: 'writer' }]
  const corrections =
    story.state === 'corrected'
      ? [
          {
            _parentID: id,
            _order: 1,
            id: rowId(),
            note: 'Sửa lại tên nhân vật trong bài',
            correctedAt: story.at,
          },
        ]
      : []
  return { locales, rels, bylines, corrections }
}

export async function loadStories(
  payload: Payload,
  ids: BaseIds,
  count: number,
): Promise<LoadedStories & { ids: Id[]; planned: Planned[] }> {
  const started = performance.now()
  const planned = plan(count, ids, 20250101)
  const r = createPrng(77)
  const rowId = () => Array.from({ length: 24 }, () => Math.floor(r() * 16).toString(16)).join('')
  const storyIds: Id[] = []
  for (let start = 0; start < planned.length; start += BATCH) {
    const batch = planned.slice(start, start + BATCH)
    await inTransaction(payload, async (req) => {
      const inserted = await insertInto(payload, req, 'stories', batch.map(mainRow))
      const bySlug = new Map(inserted.map((row) => [String(row.slug), row.id as Id]))
      const parts = batch.map((story, offset) => {
        const id = bySlug.get(story.slug)
        if (id === undefined) throw new Error(`story ${story.slug} not returned by its insert`)
        storyIds.push(id)
        return rowsOf(story, id, start + offset, rowId)
      })
      await insertInto(
        payload,
        req,
        'stories_locales',
        parts.flatMap((p) => p.locales),
      )
      await insertInto(
        payload,
        req,
        'stories_rels',
        parts.flatMap((p) => p.rels),
      )
      await insertInto(
        payload,
        req,
        'stories_bylines',
        parts.flatMap((p) => p.bylines),
      )
      await insertInto(
        payload,
        req,
        'stories_corrections',
        parts.flatMap((p) => p.corrections),
      )
    })
  }
  await writeProvenance(payload, ids, planned, storyIds)
  const audience = planned
    .filter(isPublic)
    .map((story) => ({ slug: story.slug, section: story.section.slug, day: story.day, kind: story.kind }))
  return {
    audience,
    published: planned.filter(isPublic).length,
    ai: planned.filter((story) => isPublic(story) && story.ai).length,
    english: planned.filter((story) => isPublic(story) && story.english).length,
    seconds: (performance.now() - started) / 1000,
    ids: storyIds,
    planned,
  }
}

/** One `ai-provenance` record per accepted suggestion (one or two per AI story). */
async function writeProvenance(
  payload: Payload,
  ids: BaseIds,
  planned: readonly Planned[],
  storyIds: readonly Id[],
) {
  const rows: Row[] = []
  planned.forEach((story, i) => {
    if (!story.ai) return
    const chars = story.chars
    const aiChars = Math.round(chars * story.ai.share)
    const suggestion = {
      story: storyIds[i],
      locale: 'vi',
      kind: 'text',
      providerKind: 'local',
      providerLabel: 'Trợ lý AI nội bộ',
      model: 'local-rules-v1',
      promptVersion: '2025.1',
      acceptedBy: ids.manager,
      acceptedAt: story.at,
      measuredAt: story.at,
    }
    rows.push({
      ...suggestion,
      field: 'standfirst',
      task: 'standfirst',
      decision: story.ai.cls === 'generated' ? 'accepted' : 'edited',
      aiText: story.standfirst.slice(0, 200),
      appliedText: story.standfirst.slice(0, 200),
      aiChars,
      survivingChars: aiChars,
      fieldChars: chars,
    })
    if (story.ai.cls === 'generated')
      rows.push({
        ...suggestion,
        field: 'headline',
        task: 'headlines',
        decision: 'accepted',
        aiChars: 60,
        survivingChars: 60,
        fieldChars: 60,
      })
  })
  for (let start = 0; start < rows.length; start += 2000)
    await inTransaction(payload, (req) => insertRows(req, 'ai-provenance', rows.slice(start, start + 2000)))
}
