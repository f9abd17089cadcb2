import type { CollectionBeforeValidateHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { firstZoneProblem, type ZoneShape } from '../lib/zoneRules'

type ZoneData = ZoneShape & { story?: unknown }

/**
 * Refuses zones outside their page and zones linked to stories that do not exist, with a 400
 * naming the zone (Payload's own messages name a field path, not the zone an editor drew).
 * Runs before Payload's validation so nothing of a bad save is written.
 */
export const validateZones: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || req.context.epaperSystemWrite || data.zones === undefined || data.zones === null) return data
  if (!Array.isArray(data.zones)) throw httpError(400, '"zones" phải là một danh sách vùng bài.')
  const zones = data.zones as ZoneData[]
  if (zones.some((zone) => !zone || typeof zone !== 'object' || Array.isArray(zone))) {
    throw httpError(400, 'Mỗi vùng bài phải là một đối tượng { story, x, y, w, h }.')
  }
  const problem = firstZoneProblem(zones)
  if (problem) throw httpError(400, problem)

  const ids = zones.map((zone) => relationId(zone.story))
  const missingIndex = ids.findIndex((id) => id === undefined || id === '')
  if (missingIndex >= 0) throw httpError(400, `Vùng ${missingIndex + 1}: chưa chọn tin bài (story).`)
  const unique = [...new Set(ids.map(String))]
  const { docs } = await req.payload.find({
    collection: 'stories',
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const known = new Set(docs.map((doc) => String(doc.id)))
  const unknownIndex = ids.findIndex((id) => !known.has(String(id)))
  if (unknownIndex >= 0) {
    throw httpError(400, `Vùng ${unknownIndex + 1}: không có tin bài nào mã "${ids[unknownIndex]}".`)
  }
  return data
}
