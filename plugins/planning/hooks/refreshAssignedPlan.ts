import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { refreshPlanStatus } from '../lib/planState'
import { PLANNING_SYSTEM } from '../types'

/** A plan item's status follows its assignments: refresh it (and the one left behind, on a move). */
export const refreshAssignedPlan: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context[PLANNING_SYSTEM]) return doc
  const current = relationId(doc.planItem)
  const previous = relationId(previousDoc?.planItem)
  await refreshPlanStatus(req, current)
  if (previous !== undefined && String(previous) !== String(current)) await refreshPlanStatus(req, previous)
  return doc
}

export const refreshPlanAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context[PLANNING_SYSTEM]) return doc
  await refreshPlanStatus(req, relationId(doc.planItem))
  return doc
}
