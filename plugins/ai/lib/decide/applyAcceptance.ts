import type { PayloadRequest } from 'payload'

import { relationId } from '../../../../src/lib/relationId'
import { AI_PROVENANCE_SLUG } from '../../collections/AiProvenance'
import { AI_SUGGESTIONS_SLUG } from '../../collections/AiSuggestions'
import { PUBLIC_STATES, type WorkflowState } from '../../../../src/lib/workflow'
import type { TaskOutput } from '../../types'
import { buildAcceptance, type AcceptBody } from './buildAcceptance'
import { markReview } from './reviewMarks'

export type DecidableSuggestion = {
  id: number | string
  story: number | string | { id: number | string }
  task: string
  field?: string | null
  locale?: string | null
  params?: { targetLocale?: string } | null
  status: string
  output?: TaskOutput | null
  providerKind?: string | null
  providerLabel?: string | null
  model?: string | null
  promptVersion?: string | null
}

/**
 * Writes an accepted suggestion into its story as `req.user` (with that user's access), records
 * its provenance first so the story's save measures it, marks the story's AI content as awaiting
 * review and closes the suggestion. Runs in the caller's transaction (req.transactionID).
 */
export async function applyAcceptance(
  req: PayloadRequest,
  suggestion: DecidableSuggestion,
  body: AcceptBody,
) {
  const user = req.user
  if (!user) throw new Error('applyAcceptance needs a user: acceptance is a person’s decision')
  const storyId = relationId(suggestion.story)!
  const story = await req.payload.findByID({
    collection: 'stories',
    id: storyId,
    locale: (suggestion.locale || 'vi') as never,
    fallbackLocale: false as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const state = (story as { workflowState: WorkflowState }).workflowState
  const isPublic = state === 'scheduled' || PUBLIC_STATES.includes(state)
  const acceptance = buildAcceptance(suggestion, suggestion.output as TaskOutput, story as never, body)
  const acceptedAt = new Date().toISOString()
  for (const draft of acceptance.provenance) {
    await req.payload.create({
      collection: AI_PROVENANCE_SLUG,
      data: {
        ...draft,
        story: storyId,
        suggestion: suggestion.id,
        task: suggestion.task,
        providerKind: suggestion.providerKind,
        providerLabel: suggestion.providerLabel,
        model: suggestion.model,
        promptVersion: suggestion.promptVersion,
        acceptedBy: user.id,
        acceptedAt,
        aiChars: draft.kind === 'text' ? draft.aiText.length : 0,
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  // On a story the public can already read (or will, once its time comes) there is no later
  // review step before it goes out: the accepting editor reviews it there and then.
  markReview(req, storyId, isPublic ? 'reviewed' : 'pending')
  const updated = (await req.payload.update({
    collection: 'stories',
    id: storyId,
    locale: acceptance.locale as never,
    data: acceptance.update as never,
    req,
    overrideAccess: false,
    depth: 0,
    context: { skipRevisionCheck: true },
  })) as unknown as { id: number | string; revision?: number; ai?: unknown }
  const decided = await req.payload.update({
    collection: AI_SUGGESTIONS_SLUG,
    id: suggestion.id,
    data: {
      status: acceptance.edited ? 'edited' : 'accepted',
      decidedBy: user.id,
      decidedAt: acceptedAt,
      decision: acceptance.decision,
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
  return { suggestion: decided, story: { id: updated.id, revision: updated.revision, ai: updated.ai } }
}
