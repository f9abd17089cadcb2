import type { Payload } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import type { GazetteerPlace, TaggingContext, TopicEntry } from '../types'

/** Places and topics change rarely; the worker rereads them at most this often. */
const CACHE_MS = 60_000

const cache = new WeakMap<Payload, { at: number; context: Promise<TaggingContext> }>()

async function load(payload: Payload): Promise<TaggingContext> {
  const [places, topics, agencies] = await Promise.all([
    payload.find({ collection: 'places', pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'topics', pagination: false, depth: 0, overrideAccess: true, locale: 'vi' }),
    payload.find({ collection: 'agencies', limit: 1, depth: 0, overrideAccess: true }),
  ])
  return {
    places: places.docs.map(
      (doc): GazetteerPlace => ({
        id: doc.id,
        name: doc.name,
        level: doc.level as GazetteerPlace['level'],
        code: doc.code ?? null,
        parentId: relationId(doc.parent) ?? null,
        formerUnits: doc.formerUnits ?? null,
        aliases: Array.isArray(doc.aliases) ? (doc.aliases as string[]) : null,
      }),
    ),
    topics: topics.docs.map(
      (doc): TopicEntry => ({
        id: doc.id,
        name: String(doc.name ?? ''),
        slug: String(doc.slug ?? ''),
        keywords: String((doc as { keywords?: string | null }).keywords ?? '')
          .split('\n')
          .map((k) => k.trim())
          .filter(Boolean),
      }),
    ),
    homeProvinceId: relationId(agencies.docs[0]?.province) ?? null,
  }
}

/** The gazetteer and taxonomy the tagger works from, read from the newsroom's own records. */
export function loadTaggingContext(payload: Payload): Promise<TaggingContext> {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.context
  const context = load(payload)
  cache.set(payload, { at: Date.now(), context })
  context.catch(() => cache.delete(payload))
  return context
}

export function forgetTaggingContext(payload: Payload): void {
  cache.delete(payload)
}
