import { UnrecoverableError } from 'bullmq'
import type { Payload } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import type { JobDefinition } from '../../jobs/types'
import { AI_CALLS_SLUG } from '../collections/AiCalls'
import { AI_SUGGESTIONS_SLUG } from '../collections/AiSuggestions'
import { budgetGuard, costOf, monthOf } from '../lib/budget'
import { AiError } from '../lib/errors'
import { mergeWithGazetteer } from '../lib/mergeTags'
import type { AiRuntime } from '../lib/runtime'
import { providerFor } from '../lib/runtime'
import { toStoryText } from '../lib/storyText'
import { callsOfFailedRun } from '../lib/remote'
import { loadTaggingContext } from '../lib/taggingContext'
import { buildGazetteer, tagStory } from '../lib/tagging'
import type { AiTask, CallRecord, ProviderResult, TaskParams } from '../types'

type SuggestionDoc = {
  id: number | string
  story: number | string | { id: number | string }
  task: AiTask
  locale?: string | null
  params?: TaskParams | null
  provider?: 'auto' | 'local' | null
  status: string
  requestedBy?: number | string | { id: number | string } | null
}

async function recordCalls(
  payload: Payload,
  runtime: AiRuntime,
  suggestion: SuggestionDoc,
  providerLabel: string,
  calls: CallRecord[],
): Promise<{ tokens: number; cost: number }> {
  let tokens = 0
  let cost = 0
  for (const call of calls) {
    const callCost = costOf(call, runtime.settings)
    tokens += call.inputTokens + call.outputTokens
    cost += callCost
    await payload.create({
      collection: AI_CALLS_SLUG,
      data: {
        suggestion: suggestion.id,
        story: relationId(suggestion.story)!,
        task: suggestion.task,
        model: call.model,
        providerLabel,
        promptVersion: call.promptVersion,
        month: monthOf(),
        status: call.status,
        attempt: call.attempt,
        inputTokens: call.inputTokens,
        outputTokens: call.outputTokens,
        cost: callCost,
        currency: runtime.settings.currency,
        durationMs: Math.round(call.durationMs),
        request: call.request as never,
        response: call.response,
        error: call.error ?? null,
        requestedBy: suggestion.requestedBy ? relationId(suggestion.requestedBy)! : null,
      } as never,
      overrideAccess: true,
      depth: 0,
    })
  }
  return { tokens, cost: Math.round(cost * 1e6) / 1e6 }
}

async function loadSuggestion(payload: Payload, id: number | string): Promise<SuggestionDoc | null> {
  const doc = await payload
    .findByID({ collection: AI_SUGGESTIONS_SLUG, id, depth: 0, overrideAccess: true })
    .catch(() => null)
  return doc as unknown as SuggestionDoc | null
}

async function setSuggestion(payload: Payload, id: number | string, data: Record<string, unknown>) {
  await payload.update({
    collection: AI_SUGGESTIONS_SLUG,
    id,
    data: data as never,
    overrideAccess: true,
    depth: 0,
    context: { skipAudit: true },
  })
}

/**
 * Runs one requested suggestion: reads the story as it is now, asks the provider, keeps every
 * model call for audit and the budget, and leaves the result on the suggestion for a person to
 * accept, edit or reject. Replays of a finished suggestion do nothing.
 */
export const runSuggestionJob = (runtime: AiRuntime): JobDefinition<{ suggestionId: number | string }> => ({
  queue: 'ai',
  name: 'suggest',
  handler: async ({ suggestionId }, { payload, signal }) => {
    const suggestion = await loadSuggestion(payload, suggestionId)
    if (!suggestion) return { skipped: 'missing' }
    if (suggestion.status !== 'queued' && suggestion.status !== 'running')
      return { skipped: suggestion.status }

    const provider = providerFor(runtime, suggestion.task, suggestion.provider ?? 'auto')
    if (!provider) {
      const message = `Không có nhà cung cấp AI nào làm được việc "${suggestion.task}".`
      await setSuggestion(payload, suggestion.id, { status: 'failed', error: message })
      throw new UnrecoverableError(message)
    }
    await setSuggestion(payload, suggestion.id, {
      status: 'running',
      providerKind: provider.kind,
      providerLabel: provider.label,
    })
    const locale = suggestion.locale || 'vi'
    const story = await payload.findByID({
      collection: 'stories',
      id: relationId(suggestion.story)!,
      locale: locale as never,
      fallbackLocale: false as never,
      depth: 0,
      overrideAccess: true,
    })
    const tagging = suggestion.task === 'tagging' ? await loadTaggingContext(payload) : undefined
    const input = {
      task: suggestion.task,
      story: toStoryText(story as never, locale),
      params: { readRate: runtime.readRate, ...(suggestion.params ?? {}) },
      tagging,
    }

    let result: ProviderResult
    try {
      result = await provider.run(input, { signal, guard: budgetGuard(payload, runtime.settings) })
    } catch (error) {
      await recordCalls(payload, runtime, suggestion, provider.label, callsOfFailedRun(error))
      const permanent = error instanceof AiError && error.permanent
      if (permanent) {
        await setSuggestion(payload, suggestion.id, { status: 'failed', error: (error as Error).message })
        throw new UnrecoverableError((error as Error).message)
      }
      throw error
    }

    let output = result.output
    if (output.kind === 'tags' && provider.kind === 'remote' && tagging) {
      // The gazetteer knows our places better than any model: its tags are always included and
      // the model's place names are resolved through it.
      output = {
        kind: 'tags',
        tags: mergeWithGazetteer(
          output.tags,
          tagStory(input.story, tagging),
          buildGazetteer(tagging.places, tagging.homeProvinceId),
        ),
      }
    }
    const usage = await recordCalls(payload, runtime, suggestion, provider.label, result.calls)
    await setSuggestion(payload, suggestion.id, {
      status: 'ready',
      output,
      model: result.model,
      promptVersion: result.promptVersion,
      tokens: usage.tokens,
      cost: usage.cost,
      error: null,
    })
    return { status: 'ready', calls: result.calls.length }
  },
  onFailed: async ({ suggestionId }, error, { payload }) => {
    const suggestion = await loadSuggestion(payload, suggestionId)
    if (suggestion && (suggestion.status === 'queued' || suggestion.status === 'running')) {
      await setSuggestion(payload, suggestion.id, { status: 'failed', error: error.message })
    }
  },
})
