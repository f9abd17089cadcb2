import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import type { Zone } from '../types'

const sameZone = (a: Zone, b: Zone) =>
  String(relationId(a.story)) === String(relationId(b.story)) &&
  (['x', 'y', 'w', 'h'] as const).every((key) => Math.abs(Number(a[key]) - Number(b[key])) < 1e-6)

/**
 * A zone an editor added or moved is theirs: it becomes `manual` (kept when the worker proposes
 * zones again) and loses the automatic match score. Unchanged zones keep what they were, whatever
 * the client sent; only the worker writes `auto` zones.
 */
export const markManualZones: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.context.epaperSystemWrite || !Array.isArray(data.zones)) return data
  const before = new Map(
    ((originalDoc?.zones ?? []) as Zone[]).filter((zone) => zone.id).map((zone) => [zone.id, zone]),
  )
  data.zones = (data.zones as Zone[]).map((zone) => {
    const original = zone.id ? before.get(zone.id) : undefined
    if (original && sameZone(original, zone)) {
      return { ...zone, source: original.source ?? 'manual', score: original.score ?? null }
    }
    return { ...zone, source: 'manual', score: null }
  })
  return data
}
