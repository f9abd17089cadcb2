import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { isPillarKey, pillarSumProblem, roundPoints } from '../lib/pillars'
import { CRITERIA_SLUG } from '../lib/slugs'

/**
 * The active criteria of a pillar may not promise more points than the pillar has (400 naming
 * the pillar, its maximum and what the others already take). Less is fine while the set is being
 * edited: the score reports it as a warning.
 */
export const checkPillarSum: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const pillar = data.pillar ?? originalDoc?.pillar
  const maxPoints = data.maxPoints ?? originalDoc?.maxPoints
  const active = data.active ?? originalDoc?.active ?? true
  // Wrong types are the field validators' to name; an inactive criterion takes no points.
  if (!active || !isPillarKey(pillar) || typeof maxPoints !== 'number') return data
  const { docs } = await req.payload.find({
    collection: CRITERIA_SLUG as never,
    where: {
      and: [
        { pillar: { equals: pillar } },
        { active: { equals: true } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    select: { maxPoints: true } as never,
    overrideAccess: true,
    req,
  })
  const others = roundPoints(
    (docs as Array<{ maxPoints?: number }>).reduce((sum, doc) => sum + (doc.maxPoints ?? 0), 0),
  )
  const problem = pillarSumProblem(pillar, others, maxPoints)
  if (problem) throw httpError(400, problem)
  return data
}
