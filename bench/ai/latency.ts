/**
 * Time per story of the built-in AI: tagStory, and each task of the local provider as the job
 * runs it (`provider.run`), over every text of the corpus.
 */
import { percentile } from '../../plugins/ai/lib/eval/percentile'
import { createLocalProvider } from '../../plugins/ai/lib/local'
import { tagStory } from '../../plugins/ai/lib/tagging'
import type { AiProvider, AiTask, ProviderResult, TaggingContext, TaskParams } from '../../plugins/ai/types'
import { DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE } from '../../src/lib/textMeasure'
import { figure, note } from '../lib/report'
import { CORPUS } from './corpus'
import { storyOf } from './quality'

/** The parameters an editor's request would carry (radio 60 s, print cut to 800 characters). */
const TASKS: ReadonlyArray<{ task: AiTask; params: TaskParams }> = [
  { task: 'headlines', params: {} },
  { task: 'standfirst', params: {} },
  { task: 'socialSummary', params: {} },
  { task: 'seoDescription', params: {} },
  { task: 'radioScript', params: { targetSeconds: 60 } },
  { task: 'tvOutline', params: {} },
  { task: 'printCut', params: { maxChars: 800 } },
  { task: 'spelling', params: {} },
  { task: 'tagging', params: {} },
]

const elapsed = (started: number) => performance.now() - started

function reportTimes(prefix: string, times: number[]): void {
  figure(`${prefix}.p50`, percentile(times, 50), 'ms')
  figure(`${prefix}.p95`, percentile(times, 95), 'ms')
}

/** A text task that came back with no option is worth a look even when it was fast. */
function isEmpty(result: ProviderResult): boolean {
  const { output } = result
  return output.kind === 'text' ? output.options.length === 0 : false
}

/** Prints the latency figures; resolves false when a task threw (the others still run). */
export async function measureLatency(context: TaggingContext, rounds: number): Promise<boolean> {
  const tagTimes: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const text of CORPUS) {
      const started = performance.now()
      tagStory(storyOf(text), context)
      tagTimes.push(elapsed(started))
    }
  }
  reportTimes('ai.tagger.story', tagTimes)

  const createdAt = performance.now()
  const provider: AiProvider = createLocalProvider({ readRate: DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE })
  figure('ai.local.create', elapsed(createdAt), 'ms')

  const first = storyOf(CORPUS[0]!)
  let ok = true
  const skipped = new Set<AiTask>()
  const run = (task: AiTask, params: TaskParams, story = first) =>
    provider.run({ task, story, params, tagging: context })
  const attempt = async (task: AiTask, params: TaskParams, stage: string) => {
    try {
      await run(task, params)
    } catch (error) {
      note(`${task} FAILED ${stage}: ${(error as Error).stack ?? error}`)
      skipped.add(task)
      ok = false
    }
  }

  for (const { task } of TASKS) {
    if (provider.supports(task)) continue
    note(`${task}: not supported by the local provider, skipped`)
    skipped.add(task)
  }
  // The spelling dictionary loads on first use: that call is reported on its own, then every
  // task runs once untimed so the figures below are warm.
  if (!skipped.has('spelling')) {
    const spellingAt = performance.now()
    await attempt('spelling', {}, 'on its first call')
    if (!skipped.has('spelling')) figure('ai.local.spelling.first_call', elapsed(spellingAt), 'ms')
  }
  for (const { task, params } of TASKS) if (!skipped.has(task)) await attempt(task, params, 'in the warm-up')

  for (const { task, params } of TASKS) {
    if (skipped.has(task)) continue
    const times: number[] = []
    let empty = 0
    try {
      for (let round = 0; round < rounds; round++) {
        for (const text of CORPUS) {
          const started = performance.now()
          const result = await run(task, params, storyOf(text))
          times.push(elapsed(started))
          if (round === 0 && isEmpty(result)) empty++
        }
      }
    } catch (error) {
      note(`${task} FAILED: ${(error as Error).stack ?? error}`)
      ok = false
      continue
    }
    reportTimes(`ai.local.${task}`, times)
    if (empty) note(`${task}: no option for ${empty} of ${CORPUS.length} stories`)
  }
  return ok
}
