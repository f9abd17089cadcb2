import type { PayloadRequest, Where } from 'payload'

import { relationId } from '../../../../src/lib/relationId'
import type { Measure } from '../provenance/measure'
import type { ChannelKey } from '../storyFields'
import type { ShareStory } from './computeShare'

export type ShareFilter = { from: Date; to: Date; desk?: string; channel?: string }

export type ShareStoryRow = ShareStory & { headline: string; channelNames: Map<string, string> }

/** Published (or corrected) stories of the period, with the measures their last save recorded. */
export async function loadShareStories(req: PayloadRequest, filter: ShareFilter) {
  const where: Where = {
    and: [
      { workflowState: { in: ['published', 'corrected'] } },
      { publishedAt: { greater_than_equal: filter.from.toISOString() } },
      { publishedAt: { less_than: filter.to.toISOString() } },
      ...(filter.desk ? [{ desk: { equals: filter.desk } }] : []),
      ...(filter.channel ? [{ channels: { contains: filter.channel } }] : []),
    ],
  }
  const [stories, publications, desks] = await Promise.all([
    req.payload.find({
      collection: 'stories',
      where,
      select: { headline: true, publishedAt: true, desk: true, channels: true, ai: true } as never,
      pagination: false,
      depth: 0,
      // Every locale: an AI translation counts as AI in the story.
      locale: 'all' as never,
      overrideAccess: true,
      sort: '-publishedAt',
    }),
    req.payload.find({ collection: 'publications', pagination: false, depth: 0, overrideAccess: true }),
    req.payload.find({
      collection: 'desks',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      locale: 'vi' as never,
    }),
  ])
  const publicationById = new Map(
    publications.docs.map((p) => [String(p.id), p as { id: number | string; name: string; kind: string }]),
  )
  const deskNames = new Map(desks.docs.map((d) => [String(d.id), String(d.name)]))
  const rows = stories.docs.map((doc) => {
    const story = doc as unknown as {
      id: number | string
      headline?: Record<string, string> | string
      publishedAt?: string
      desk?: unknown
      channels?: unknown[]
      ai?: {
        channels?: Record<string, Partial<Record<ChannelKey, Measure>> | null> | null
        tagged?: boolean | null
      }
    }
    const channels = (story.channels ?? [])
      .map((c) => publicationById.get(String(relationId(c) ?? null)))
      .filter((p): p is { id: number | string; name: string; kind: string } => Boolean(p))
    const headline =
      typeof story.headline === 'string'
        ? story.headline
        : (story.headline?.vi ?? Object.values(story.headline ?? {})[0])
    return {
      id: story.id,
      headline: headline ?? '',
      publishedAt: story.publishedAt ?? '',
      desk: relationId(story.desk) ?? null,
      channels: channels.map((c) => ({ id: c.id, kind: c.kind })),
      channelNames: new Map(channels.map((c) => [String(c.id), c.name])),
      measures: Object.values(story.ai?.channels ?? {}).filter(
        (m): m is Partial<Record<ChannelKey, Measure>> => Boolean(m),
      ),
      tagged: Boolean(story.ai?.tagged),
    }
  })
  return { rows, publicationById, deskNames }
}
