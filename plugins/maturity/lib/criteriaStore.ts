import type { PayloadRequest } from 'payload'

import { isLookupId } from '../../../src/lib/lookupId'
import type { KpiKey } from '../../kpis/lib/types'
import type { PillarKey } from './pillars'
import type { Id } from './score'
import { ASSESSMENTS_SLUG, CRITERIA_SLUG } from './slugs'

export type CriterionDoc = {
  id: Id
  code: string
  pillar: PillarKey
  text?: string | null
  guidance?: string | null
  maxPoints: number
  evidenceKpi?: KpiKey | null
  order?: number | null
  active?: boolean | null
}

/** Criteria in the request's transaction; only ids a query can hold are asked for. */
export async function loadCriteria(
  req: PayloadRequest,
  filter: { activeOnly?: boolean; ids?: readonly unknown[] } = {},
): Promise<CriterionDoc[]> {
  const ids = filter.ids?.filter(isLookupId)
  if (ids && ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: CRITERIA_SLUG as never,
    where: {
      and: [
        ...(filter.activeOnly ? [{ active: { equals: true } }] : []),
        ...(ids ? [{ id: { in: [...new Set(ids)] } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as CriterionDoc[]).map((doc) => ({ ...doc, active: doc.active !== false }))
}

export type AssessmentDoc = {
  id: Id
  year: number
  status: 'draft' | 'submitted'
  revision?: number | null
  title?: string | null
  answers?: Array<Record<string, unknown>> | null
  total?: number | null
  level?: string | null
  pillarScores?: Partial<Record<PillarKey, number | null>> | null
  submittedAt?: string | null
  submittedBy?: unknown
}

/** The assessment behind an id, or undefined for an id no row can have. */
export async function findAssessment(
  req: PayloadRequest,
  id: unknown,
  depth = 0,
): Promise<AssessmentDoc | undefined> {
  if (!isLookupId(id)) return undefined
  const doc = await req.payload.findByID({
    collection: ASSESSMENTS_SLUG as never,
    id,
    depth,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return (doc as unknown as AssessmentDoc | null) ?? undefined
}

/** The assessment of a year, if there is one already (a year has one at most). */
export async function findAssessmentOfYear(
  req: PayloadRequest,
  year: number,
): Promise<Pick<AssessmentDoc, 'id'> | undefined> {
  const { docs } = await req.payload.find({
    collection: ASSESSMENTS_SLUG as never,
    where: { year: { equals: year } },
    limit: 1,
    depth: 0,
    select: { year: true } as never,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as Pick<AssessmentDoc, 'id'> | undefined) ?? undefined
}
