import type { CollectionBeforeValidateHook } from 'payload'

import { slugifyVietnamese } from '../../../src/lib/vietnamese'

/**
 * Slug from the Vietnamese headline on first save, made unique with -2, -3 …; a typed slug is
 * only normalised. Published URLs must not move, so an existing slug is never regenerated.
 */
export const assignSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const typed = typeof data.slug === 'string' ? slugifyVietnamese(data.slug) : ''
  if (typed) {
    data.slug = typed
    return data
  }
  if (originalDoc?.slug) {
    data.slug = originalDoc.slug
    return data
  }
  const headline = typeof data.headline === 'string' ? data.headline : ''
  const base = slugifyVietnamese(headline) || 'tin'
  let candidate = base
  for (let n = 2; n < 1000; n++) {
    const { totalDocs } = await req.payload.count({
      collection: 'stories',
      where: { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) break
    candidate = `${base}-${n}`
  }
  data.slug = candidate
  return data
}
