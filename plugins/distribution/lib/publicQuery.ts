import type { Payload, Where } from 'payload'

import { PUBLIC_STATES } from '../../../src/lib/workflow'
import type { PublicStory } from '../types'
import { toPublicStory } from './publicStory'
import type { DistributionRuntime } from './runtime'

export type PublicListQuery = {
  page: number
  limit: number
  locale: string
  publication?: string
  section?: string
}

export type PublicPage = {
  docs: PublicStory[]
  page: number
  limit: number
  totalDocs: number
  totalPages: number
  hasNextPage: boolean
}

/** The public may see these fields of a story and nothing else (no storage keys, no bulletins). */
export function forPublic(story: PublicStory): Omit<PublicStory, 'bulletin'> {
  const { bulletin: _bulletin, ...rest } = story
  return JSON.parse(JSON.stringify(rest, (name, value) => (name === 'key' ? undefined : value)))
}

/**
 * A story as a list shows it: everything but the body, which a page of 20 would otherwise carry
 * twenty times over (the story's own address has it). `?body=html` asks for the HTML body too.
 */
export function forPublicList(story: PublicStory, withBody: boolean) {
  const { bodyHtml, bodyText: _text, ...rest } = forPublic(story)
  return withBody ? { ...rest, bodyHtml } : rest
}

async function idOf(payload: Payload, collection: 'publications' | 'sections', ref: string) {
  const where: Where =
    collection === 'publications'
      ? { code: { equals: ref } }
      : /^\d{1,9}$/.test(ref)
        ? { id: { equals: ref } }
        : { name: { equals: ref } }
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]?.id
}

/** Published and corrected stories, newest first; `null` when a named publication/section does not exist. */
export async function findPublicStories(
  payload: Payload,
  runtime: DistributionRuntime,
  query: PublicListQuery,
): Promise<PublicPage | null> {
  const and: Where[] = [{ workflowState: { in: [...PUBLIC_STATES] } }]
  if (query.publication) {
    const id = await idOf(payload, 'publications', query.publication)
    if (id === undefined) return null
    and.push({ channels: { in: [id] } })
  }
  if (query.section) {
    const id = await idOf(payload, 'sections', query.section)
    if (id === undefined) return null
    and.push({ section: { equals: id } })
  }
  const result = await payload.find({
    collection: 'stories',
    where: { and },
    sort: '-publishedAt',
    page: query.page,
    limit: query.limit,
    depth: 1,
    locale: query.locale as never,
    fallbackLocale: 'vi' as never,
    overrideAccess: true,
  })
  return {
    docs: result.docs.map((doc) =>
      toPublicStory(doc as never, { locale: query.locale, siteURL: runtime.siteURL }),
    ),
    page: result.page ?? query.page,
    limit: query.limit,
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    hasNextPage: result.hasNextPage,
  }
}

export async function findPublicStory(
  payload: Payload,
  runtime: DistributionRuntime,
  slug: string,
  locale: string,
): Promise<PublicStory | undefined> {
  const { docs } = await payload.find({
    collection: 'stories',
    where: { and: [{ slug: { equals: slug } }, { workflowState: { in: [...PUBLIC_STATES] } }] },
    limit: 1,
    depth: 1,
    locale: locale as never,
    fallbackLocale: 'vi' as never,
    overrideAccess: true,
  })
  return docs[0] ? toPublicStory(docs[0] as never, { locale, siteURL: runtime.siteURL }) : undefined
}
