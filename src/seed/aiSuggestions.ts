import { createLocalReq, type Payload } from 'payload'

import { applyAcceptance, type DecidableSuggestion } from '../../plugins/ai/lib/decide/applyAcceptance'
import type { AcceptBody } from '../../plugins/ai/lib/decide/buildAcceptance'
import { createLocalProvider } from '../../plugins/ai/lib/local'
import { toStoryText } from '../../plugins/ai/lib/storyText'
import { loadTaggingContext } from '../../plugins/ai/lib/taggingContext'
import type { AiTask, TaskOutput, TaskParams } from '../../plugins/ai/types'
import { need, type IdMap } from './refs'

type DemoSuggestion = {
  story: string
  task: AiTask
  /**
   * The editor who asks and accepts (their desks include the story's); accepting into a published
   * story is their review too.
   */
  by: 'editor1' | 'editor2'
  field?: string
  params?: TaskParams
  /** How the editor decides; `open` leaves the suggestion waiting in the panel. */
  decision: 'accept' | 'edit' | 'open'
}

/**
 * AI help as the demo desks used it: a few published stories carry accepted (some edited)
 * suggestions from the built-in provider, approved by their editor, so the AI-share view and the
 * provenance drill-down have real records; one draft has suggestions still waiting.
 */
const DEMO_SUGGESTIONS: readonly DemoSuggestion[] = [
  { story: 'nhan-long-vao-mua', task: 'socialSummary', by: 'editor1', decision: 'accept' },
  { story: 'nhan-long-vao-mua', task: 'tagging', by: 'editor1', decision: 'accept' },
  { story: 'canh-dong-mau-co-gioi-hoa', task: 'seoDescription', by: 'editor1', decision: 'edit' },
  {
    story: 'xa-khoai-chau-100-ngay',
    task: 'headlines',
    by: 'editor1',
    field: 'web.headline',
    decision: 'accept',
  },
  {
    story: 'ban-tin-nong-vu-ret-dam',
    task: 'radioScript',
    by: 'editor2',
    params: { targetSeconds: 60 },
    decision: 'accept',
  },
  { story: 'nuoi-ngao-tien-hai', task: 'headlines', by: 'editor1', decision: 'open' },
  { story: 'nuoi-ngao-tien-hai', task: 'spelling', by: 'editor1', decision: 'open' },
]

function acceptBody(output: TaskOutput, decision: DemoSuggestion['decision']): AcceptBody {
  if (output.kind === 'tags')
    return { tags: output.tags.flatMap((tag, i) => (tag.confidence >= 0.6 ? [i] : [])) }
  if (output.kind !== 'text') return {}
  const text = output.options[0]?.text ?? ''
  // An editor's typical touch: the first sentence kept, the ending rewritten.
  return decision === 'edit'
    ? { option: 0, text: `${text.replace(/[.…]+$/, '')} — tin Báo và PT-TH Hưng Yên.` }
    : { option: 0 }
}

export async function seedAiSuggestions(payload: Payload, stories: IdMap, users: IdMap): Promise<number> {
  const provider = createLocalProvider()
  const tagging = await loadTaggingContext(payload)
  let accepted = 0
  for (const demo of DEMO_SUGGESTIONS) {
    const storyId = need(stories, demo.story, 'story')
    const userId = need(users, demo.by, 'user')
    const story = await payload.findByID({ collection: 'stories', id: storyId, locale: 'vi', depth: 0 })
    const result = await provider.run({
      task: demo.task,
      story: toStoryText(story as never, 'vi'),
      params: demo.params ?? {},
      tagging,
    })
    const created = await payload.create({
      collection: 'ai-suggestions',
      data: {
        story: storyId,
        task: demo.task,
        locale: 'vi',
        field: demo.field,
        params: demo.params ?? {},
      } as never,
      context: { skipAI: true },
      depth: 0,
    })
    const suggestion = (await payload.update({
      collection: 'ai-suggestions',
      id: created.id,
      data: {
        status: 'ready',
        output: result.output,
        providerKind: provider.kind,
        providerLabel: provider.label,
        model: result.model,
        promptVersion: result.promptVersion,
        requestedBy: userId,
      } as never,
      depth: 0,
    })) as unknown as DecidableSuggestion
    if (demo.decision === 'open') continue

    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0 })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    await applyAcceptance(req, suggestion, acceptBody(result.output, demo.decision))
    accepted++
  }
  return accepted
}
