import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isISODate, vietnameseDate } from '../lib/clock'
import { storedId } from '../lib/ids'
import { PROGRAMMES_SLUG } from '../types'

async function nameOf(req: PayloadRequest, collection: 'programmes' | 'publications', value: unknown) {
  const id = storedId(value)
  if (id === undefined) return undefined
  const doc = await req.payload
    .findByID({ collection, id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  return (doc as { name?: string } | null)?.name ?? undefined
}

/** "<programme> — dd/mm/yyyy" (the channel's name for a one-off rundown without a programme). */
export async function autoTitle(req: PayloadRequest, doc: Record<string, unknown> | undefined) {
  if (!doc || !isISODate(doc.date)) return undefined
  const name =
    (await nameOf(req, PROGRAMMES_SLUG, doc.programme)) ?? (await nameOf(req, 'publications', doc.channel))
  return name ? `${name} — ${vietnameseDate(doc.date)}` : undefined
}

/**
 * A rundown is titled after its programme and day unless given a title; a title that was the
 * automatic one follows when the programme or day changes.
 */
export const titleRundown: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const title = typeof data.title === 'string' ? data.title.trim() : ''
  const moved =
    operation === 'update' &&
    (String(storedId(originalDoc?.programme)) !== String(storedId(merged.programme)) ||
      originalDoc?.date !== merged.date ||
      String(storedId(originalDoc?.channel)) !== String(storedId(merged.channel)))
  if (!title || (moved && title === (await autoTitle(req, originalDoc)))) {
    data.title = (await autoTitle(req, merged)) ?? (title || 'Kịch bản chưa đặt tên')
  }
  return data
}
