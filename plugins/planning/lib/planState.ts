import type { PayloadRequest } from 'payload'

import { badIdMessage } from '../../../src/lib/lookupId'
import { httpError } from '../../../src/lib/httpErrors'
import { keepContext } from '../../../src/lib/keepContext'
import { relationId, type RelationId } from '../../../src/lib/relationId'
import { isWorkflowState, type WorkflowState } from '../../../src/lib/workflow'
import { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG, PLANNING_SYSTEM, type PlanStatus } from '../types'
import { derivePlanStatus, manualBase, type AssignmentLike } from './status'

/** Plan items and assignments as the hooks read them (depth 0). */
export type PlanDoc = {
  id: RelationId
  title: string
  date: string
  desk: unknown
  status: PlanStatus
  story?: unknown
} & Record<string, unknown>

export type AssignmentDoc = AssignmentLike & {
  id: RelationId
  planItem: unknown
  story?: unknown
} & Record<string, unknown>

export { isLookupId } from '../../../src/lib/lookupId'

/** The 400 for a relationship that holds no usable id (`label` is the field's Vietnamese name). */
export function refuseBadId(label: string, value: unknown): void {
  const message = badIdMessage(label, value)
  if (message) throw httpError(400, message)
}

/** Every read and write here shares `req`, so it runs inside the caller's transaction. */
export async function findPlan(req: PayloadRequest, id: RelationId): Promise<PlanDoc | undefined> {
  const found = await req.payload.find({
    collection: PLAN_ITEMS_SLUG,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  return found.docs[0] as unknown as PlanDoc | undefined
}

export async function assignmentsOf(req: PayloadRequest, planId: RelationId): Promise<AssignmentDoc[]> {
  const found = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    where: { planItem: { equals: planId } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return found.docs as unknown as AssignmentDoc[]
}

export async function storyStateOf(req: PayloadRequest, story: unknown): Promise<WorkflowState | undefined> {
  const id = relationId(story)
  if (id === undefined) return undefined
  const found = await req.payload.find({
    collection: 'stories',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    select: { workflowState: true },
    req,
    overrideAccess: true,
  })
  const state = found.docs[0]?.workflowState
  return isWorkflowState(state) ? state : undefined
}

/** The status a plan item should have now, from its stored status, story and assignments. */
export async function currentPlanStatus(
  req: PayloadRequest,
  plan: { id: RelationId; status?: unknown; story?: unknown },
  requested?: unknown,
): Promise<PlanStatus> {
  const [storyState, assignments] = await Promise.all([
    storyStateOf(req, plan.story),
    assignmentsOf(req, plan.id),
  ])
  return derivePlanStatus(manualBase(requested, plan.status), storyState, assignments)
}

/** A plan-items or assignments write by the plugin itself (derived and read-only fields). */
export function systemUpdate(
  req: PayloadRequest,
  collection: typeof PLAN_ITEMS_SLUG | typeof ASSIGNMENTS_SLUG,
  id: RelationId,
  data: Record<string, unknown>,
) {
  return keepContext(req, () =>
    req.payload.update({
      collection: collection,
      id,
      data: data as never,
      depth: 0,
      req,
      overrideAccess: true,
      context: { [PLANNING_SYSTEM]: true },
    }),
  )
}

/** Re-derives a plan item's status after its assignments or story changed; writes only a change. */
export async function refreshPlanStatus(req: PayloadRequest, planId: RelationId | undefined): Promise<void> {
  if (planId === undefined) return
  const plan = await findPlan(req, planId)
  if (!plan) return
  const next = await currentPlanStatus(req, plan)
  if (next !== plan.status) await systemUpdate(req, PLAN_ITEMS_SLUG, plan.id, { status: next })
}
