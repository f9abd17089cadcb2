import type { CollectionAfterChangeHook } from 'payload'

import { enqueueJob } from '../../jobs'
import { PUBLIC_STATES, type WorkflowState } from '../../../src/lib/workflow'
import type { FanOutData } from '../jobs/fanOutStory'
import type { DeliveryAction } from '../types'

const isPublic = (state: unknown) => PUBLIC_STATES.includes(state as WorkflowState)
const correctionCount = (doc: { corrections?: unknown } | undefined) =>
  Array.isArray(doc?.corrections) ? doc.corrections.length : 0

/** What a save means for the story's copies elsewhere, if anything. */
export function distributionAction(
  previous: { workflowState?: unknown; corrections?: unknown } | undefined,
  doc: { workflowState?: unknown; corrections?: unknown },
): DeliveryAction | undefined {
  const was = isPublic(previous?.workflowState)
  if (!was && isPublic(doc.workflowState)) return 'publish'
  if (was && doc.workflowState === 'killed') return 'remove'
  if (was && doc.workflowState === 'corrected' && correctionCount(doc) > correctionCount(previous))
    return 'update'
  return undefined
}

/**
 * Publish, correction and kill fan out to the story's targets. Only an outbox row is written,
 * inside the save's transaction: the worker does the rest. `context.skipDistribution` (seeding
 * old stories, imports) switches it off.
 */
export const enqueueDistribution: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.skipDistribution) return doc
  const action = distributionAction(operation === 'create' ? undefined : previousDoc, doc)
  if (!action) return doc
  await enqueueJob<FanOutData>(req, {
    queue: 'distribution',
    name: 'fanOut',
    data: { storyId: doc.id, revision: Number(doc.revision) || 1, action },
    priority: doc.grassroots?.enabled && doc.grassroots?.priority === 'emergency' ? 1 : 10,
  })
  return doc
}
