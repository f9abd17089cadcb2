/**
 * The built-in AI provider: rules and extractive summaries over the story's own text, no network
 * and no model. Shown to editors as local; it does everything but translate.
 */
import type {
  AiProvider,
  AiTask,
  ProviderResult,
  RunOptions,
  StoryText,
  TaskInput,
  TaskOutput,
} from '../../types'
import { DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE } from '../../../../src/lib/textMeasure'
import { AiError, AiUnsupportedTaskError } from '../errors'
import { headlineOptions } from './headlines'
import { printCutOptions } from './printCut'
import { radioScriptOptions } from './radioScript'
import { analyseStory } from './scoring'
import { checkStory } from './spelling'
import { seoDescriptionOptions, socialSummaryOptions, standfirstOptions } from './summaries'
import { tvOutlineOptions } from './tvOutline'

export { toSpokenVietnamese } from './spokenStyle'
export { checkedText, loadSpeller } from './spelling'

export type LocalProviderOptions = {
  /** Syllables per minute for fitting scripts; default DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE. */
  readRate?: number
}

export const LOCAL_PROVIDER_VERSION = 1

/** Rule version per task: bump one when its rules change, so stored suggestions show which ran. */
const TASK_RULE_VERSIONS: Record<Exclude<AiTask, 'translate'>, number> = {
  headlines: 1,
  standfirst: 1,
  socialSummary: 1,
  seoDescription: 1,
  radioScript: 1,
  tvOutline: 1,
  printCut: 1,
  tagging: 1,
  spelling: 1,
}

export const LOCAL_LABEL = 'Bộ xử lý cục bộ (không dùng mạng)'

/** Tasks that read or check the language itself, not just pick sentences. */
const VIETNAMESE_ONLY = new Set<AiTask>(['radioScript', 'tvOutline', 'spelling'])

function nfc(story: StoryText): StoryText {
  return {
    ...story,
    headline: story.headline.normalize('NFC'),
    standfirst: story.standfirst.normalize('NFC'),
    body: story.body.normalize('NFC'),
  }
}

async function runTask(input: TaskInput, readRate: number): Promise<TaskOutput> {
  const { params } = input
  if (VIETNAMESE_ONLY.has(input.task) && input.story.locale && !input.story.locale.startsWith('vi')) {
    throw new AiUnsupportedTaskError(
      'Bộ xử lý cục bộ chỉ đọc và soát được bài tiếng Việt; bài ngôn ngữ khác cần nhà cung cấp AI (AI_BASE_URL).',
    )
  }
  // Rules are written for composed text; the spell check keeps the story as is, since its
  // offsets point into the original.
  const story = input.task === 'spelling' ? input.story : nfc(input.story)
  switch (input.task) {
    case 'headlines':
      return { kind: 'text', options: headlineOptions(story, analyseStory(story), params.count) }
    case 'standfirst':
      return { kind: 'text', options: standfirstOptions(analyseStory(story), params.maxChars) }
    case 'socialSummary':
      return { kind: 'text', options: socialSummaryOptions(analyseStory(story), params.maxChars) }
    case 'seoDescription':
      return { kind: 'text', options: seoDescriptionOptions(analyseStory(story), params.maxChars) }
    case 'radioScript':
      return {
        kind: 'text',
        options: radioScriptOptions(story, analyseStory(story), {
          targetSeconds: params.targetSeconds,
          readRate,
        }),
      }
    case 'tvOutline':
      return {
        kind: 'text',
        options: tvOutlineOptions(story, analyseStory(story), {
          targetSeconds: params.targetSeconds,
          readRate,
        }),
      }
    case 'printCut':
      if (!params.maxChars || params.maxChars <= 0) {
        throw new AiError('Cần cho biết số ký tự tối đa của khuôn báo in để cắt bài.', { permanent: true })
      }
      return {
        kind: 'text',
        options: printCutOptions(story.body, analyseStory(story), params.maxChars),
      }
    case 'spelling':
      return { kind: 'spelling', issues: await checkStory(story) }
    case 'tagging': {
      if (!input.tagging) throw new AiError('Thiếu dữ liệu địa danh/chủ đề để gắn thẻ', { permanent: true })
      // Loaded on demand: the tagger carries the gazetteer matching the other tasks never need.
      const { tagStory } = await import('../tagging')
      return { kind: 'tags', tags: tagStory(story, input.tagging) }
    }
    case 'translate':
      throw new AiUnsupportedTaskError(
        'Bộ xử lý cục bộ không dịch được; cần cấu hình nhà cung cấp AI (AI_BASE_URL).',
      )
  }
}

export function createLocalProvider(options: LocalProviderOptions = {}): AiProvider {
  const defaultRate = options.readRate ?? DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE
  return {
    kind: 'local',
    label: LOCAL_LABEL,
    supports: (task: AiTask) => task !== 'translate',
    async run(input: TaskInput, runOptions: RunOptions = {}): Promise<ProviderResult> {
      runOptions.signal?.throwIfAborted()
      const readRate =
        input.params.readRate && input.params.readRate > 0 ? input.params.readRate : defaultRate
      const output = await runTask(input, readRate)
      const version = input.task === 'translate' ? LOCAL_PROVIDER_VERSION : TASK_RULE_VERSIONS[input.task]
      return { output, calls: [], model: 'local', promptVersion: `local@${input.task}@v${version}` }
    },
  }
}
