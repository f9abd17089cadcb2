import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { lexicalToPlainText } from '../../../src/lib/textMeasure'
import { EDITIONS_SLUG, EPAPER_PAGES_SLUG, type EditionDoc, type EpaperPageDoc, type Zone } from '../types'
import { escapeHtml } from './html'

/** What the public reader reads: published editions, their pages and the stories zoned on them. */

export type ReaderEdition = {
  id: number | string
  title: string
  date?: string | null
  publication?: string
  pageCount: number
  published: boolean
}

export type ReaderZone = { story: string; x: number; y: number; w: number; h: number; headline: string }
export type ReaderPage = { number: number; width: number; height: number; zones: ReaderZone[] }

export type ReaderArticle = {
  id: string
  headline: string
  standfirst?: string
  bylines: string[]
  bodyHtml: string
  pages: number[]
}

const publicationName = (edition: EditionDoc) =>
  typeof edition.publication === 'object' && edition.publication ? edition.publication.name : undefined

export function toReaderEdition(edition: EditionDoc): ReaderEdition {
  return {
    id: edition.id,
    title: edition.title || (edition.number ? `Số ${edition.number}` : `Số báo ${edition.id}`),
    date: edition.date,
    publication: publicationName(edition),
    pageCount: edition.epaper?.pageCount ?? 0,
    published: Boolean(edition.epaper?.published),
  }
}

export async function listPublishedEditions(payload: Payload, page: number, limit: number) {
  const result = await payload.find({
    collection: EDITIONS_SLUG as never,
    where: { and: [{ 'epaper.published': { equals: true } }, { 'epaper.pageCount': { greater_than: 0 } }] },
    sort: ['-date', '-id'] as never,
    depth: 1,
    limit,
    page,
    overrideAccess: true,
  })
  return {
    editions: (result.docs as unknown as EditionDoc[]).map(toReaderEdition),
    page: result.page ?? 1,
    totalPages: result.totalPages,
  }
}

export async function findReaderEdition(payload: Payload, id: string): Promise<ReaderEdition | undefined> {
  if (!/^[\w-]{1,64}$/.test(id)) return undefined
  const doc = await payload
    .findByID({ collection: EDITIONS_SLUG as never, id, depth: 1, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return doc ? toReaderEdition(doc as unknown as EditionDoc) : undefined
}

const PAGE_FIELDS = {
  number: true,
  widthPt: true,
  heightPt: true,
  zones: true,
  images: true,
  generation: true,
}

/** The pages of an edition (all, or the one numbered `number`), without their text blocks. */
export async function editionPages(
  payload: Payload,
  editionId: number | string,
  number?: number,
): Promise<EpaperPageDoc[]> {
  const { docs } = await payload.find({
    collection: EPAPER_PAGES_SLUG as never,
    where: {
      and: [{ edition: { equals: editionId } }, ...(number ? [{ number: { equals: number } }] : [])],
    },
    sort: 'number',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: PAGE_FIELDS as never,
  })
  return docs as unknown as EpaperPageDoc[]
}

type StoryDoc = {
  id: number | string
  headline?: string | null
  standfirst?: string | null
  body?: unknown
  workflowState?: string | null
  bylines?: Array<{
    name?: string | null
    user?: { fullName?: string | null } | number | string | null
  }> | null
}

async function headlines(payload: Payload, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'stories',
    where: { and: [{ id: { in: ids } }, { workflowState: { not_equals: 'killed' } }] },
    depth: 0,
    locale: 'vi',
    pagination: false,
    overrideAccess: true,
    select: { headline: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as StoryDoc).headline ?? '')]))
}

const zoneStory = (zone: Zone) => String(relationId(zone.story))

/** Pages as the reader script needs them; zones of killed or deleted stories are left out. */
export async function readerPages(pages: EpaperPageDoc[], payload: Payload): Promise<ReaderPage[]> {
  const ids = [...new Set(pages.flatMap((page) => (page.zones ?? []).map(zoneStory)))]
  const titles = await headlines(payload, ids)
  return pages.map((page) => ({
    number: page.number,
    width: page.widthPt ?? 842,
    height: page.heightPt ?? 1191,
    zones: (page.zones ?? [])
      .filter((zone) => titles.has(zoneStory(zone)))
      .map((zone) => ({
        story: zoneStory(zone),
        x: zone.x,
        y: zone.y,
        w: zone.w,
        h: zone.h,
        headline: titles.get(zoneStory(zone))!,
      })),
  }))
}

function bodyHtml(body: unknown): string {
  if (!body || typeof body !== 'object') return ''
  try {
    return convertLexicalToHTML({ data: body as never, disableContainer: true })
  } catch {
    return lexicalToPlainText(body)
      .split(/\n+/)
      .filter(Boolean)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('')
  }
}

/** The story behind a zone of this edition, or undefined when no page of the edition shows it. */
export async function readerArticle(
  payload: Payload,
  pages: EpaperPageDoc[],
  storyId: string,
): Promise<ReaderArticle | undefined> {
  const on = pages.filter((page) => (page.zones ?? []).some((zone) => zoneStory(zone) === storyId))
  if (!on.length) return undefined
  const story = (await payload
    .findByID({
      collection: 'stories',
      id: storyId,
      depth: 1,
      locale: 'vi',
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)) as StoryDoc | null
  if (!story || story.workflowState === 'killed') return undefined
  const bylines = (story.bylines ?? [])
    .map((b) => b.name || (typeof b.user === 'object' && b.user ? b.user.fullName : undefined))
    .filter((name): name is string => Boolean(name))
  return {
    id: String(story.id),
    headline: story.headline ?? '',
    standfirst: story.standfirst ?? undefined,
    bylines,
    bodyHtml: bodyHtml(story.body),
    pages: on.map((page) => page.number),
  }
}
