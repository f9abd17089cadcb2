import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId, relationIds } from '../../../src/lib/relationId'

function attachedIds(doc: Record<string, unknown> | undefined): Set<string> {
  const ids = new Set<string>()
  if (!doc) return ids
  const featured = relationId(doc.featuredImage)
  if (featured !== undefined) ids.add(String(featured))
  for (const id of relationIds(doc.assets)) ids.add(String(id))
  return ids
}

/**
 * An asset past its rights expiry cannot be attached to a story. Ones attached before they
 * expired stay (removing them silently would change published stories); the admin flags them.
 */
export const refuseExpiredAssets: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  // Imports and the demo seed recreate history: assets attached back when their rights were valid.
  if (context.allowExpiredAssets) return data
  const merged = { ...originalDoc, ...data }
  const before = attachedIds(originalDoc)
  const added = [...attachedIds(merged)].filter((id) => !before.has(id))
  if (added.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: added } }, { rightsExpiry: { less_than: new Date().toISOString() } }] },
    depth: 0,
    limit: added.length,
    overrideAccess: true,
    req,
    select: { filename: true, rightsExpiry: true },
  })
  if (docs.length === 0) return data
  const list = docs
    .map((doc) => {
      const expiry = new Date(String(doc.rightsExpiry)).toLocaleDateString('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
      })
      return `"${doc.filename}" (hết hạn ${expiry})`
    })
    .join(', ')
  throw httpError(400, `Tư liệu đã hết hạn bản quyền, không gắn được vào tin bài: ${list}.`, {
    field: 'assets',
    expiredAssets: docs.map((doc) => doc.id),
  })
}
