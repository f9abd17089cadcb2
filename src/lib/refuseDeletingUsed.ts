import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { httpError } from './httpErrors'

/** Records of another collection that must name the one being deleted (a required relationship). */
export type UsedBy = {
  collection: string
  field: string
  /** What they are, in Vietnamese, as counted: "mục lịch phát sóng". */
  what: string
}

/**
 * A record others must point at stays while they do: the database would otherwise be asked to
 * leave them pointing at nothing (a required column) and answer a 500. The 409 names what holds
 * it and what to do instead. `label` is what is being deleted ("Kênh/ấn phẩm").
 */
export function refuseDeletingUsed(
  label: string,
  usedBy: readonly UsedBy[],
  advice: string,
): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const held = await countUses(req, id, usedBy)
    if (held.length === 0) return
    throw httpError(
      409,
      `${label} #${id} không xoá được vì còn ${held.map(({ count, what }) => `${count} ${what}`).join(', ')} gắn với nó. ${advice}`,
      { usedBy: Object.fromEntries(held.map(({ collection, count }) => [collection, count])) },
    )
  }
}

async function countUses(req: PayloadRequest, id: number | string, usedBy: readonly UsedBy[]) {
  const held: Array<UsedBy & { count: number }> = []
  for (const use of usedBy) {
    const { totalDocs } = await req.payload.count({
      collection: use.collection as never,
      where: { [use.field]: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) held.push({ ...use, count: totalDocs })
  }
  return held
}
