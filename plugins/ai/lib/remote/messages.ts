/**
 * The user message of a request: the task's parameters in words, then the story between markers
 * the prompts tell the model to treat as data. The system message is the prompt file.
 */
import { DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE } from '../../../../src/lib/textMeasure'
import type { AiTask, StoryText, TaskParams, TopicEntry } from '../../types'
import { AiError } from '../errors'
import type { PromptName } from './prompts'

export type ResolvedParams = {
  count: number
  maxChars: number
  targetSeconds?: number
  readRate: number
  targetLocale?: string
}

type Limits = { count: number; maxCount: number; maxChars: number }

const OPTION_LIMITS: Partial<Record<AiTask, Limits>> = {
  headlines: { count: 5, maxCount: 10, maxChars: 110 },
  standfirst: { count: 3, maxCount: 3, maxChars: 300 },
  socialSummary: { count: 3, maxCount: 5, maxChars: 300 },
  seoDescription: { count: 3, maxCount: 5, maxChars: 160 },
}

const DEFAULT_RADIO_SECONDS = 60

const LOCALE_NAMES: Record<string, string> = {
  vi: 'tiếng Việt',
  en: 'tiếng Anh',
  zh: 'tiếng Trung (chữ giản thể)',
  hmn: "tiếng H'Mông",
  tay: 'tiếng Tày',
  tyz: 'tiếng Tày',
  km: 'tiếng Khmer',
  khm: 'tiếng Khmer',
  cja: 'tiếng Chăm',
  cjm: 'tiếng Chăm',
  rad: 'tiếng Ê Đê',
  jra: 'tiếng Gia Rai',
  bdq: 'tiếng Ba Na',
  nut: 'tiếng Nùng',
  tdd: 'tiếng Thái',
}

export function localeName(code: string): string {
  return LOCALE_NAMES[code] ?? `ngôn ngữ có mã "${code}"`
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.round(value)))
}

/** The task's parameters with defaults filled in; a permanent AiError when one it needs is missing. */
export function resolveParams(task: AiTask, params: TaskParams, story: StoryText): ResolvedParams {
  const limits = OPTION_LIMITS[task]
  const resolved: ResolvedParams = {
    count: limits ? clampInt(params.count, limits.count, 1, limits.maxCount) : 1,
    maxChars: params.maxChars ? clampInt(params.maxChars, 0, 20, 100_000) : (limits?.maxChars ?? 0),
    readRate: clampInt(params.readRate, DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE, 60, 600),
    targetSeconds: params.targetSeconds
      ? clampInt(params.targetSeconds, 0, 5, 3600)
      : task === 'radioScript'
        ? DEFAULT_RADIO_SECONDS
        : undefined,
    targetLocale: params.targetLocale?.trim() || undefined,
  }
  if (task === 'printCut' && !params.maxChars) {
    throw new AiError('Cắt gọt bản in cần số ký tự tối đa (maxChars).', { permanent: true })
  }
  if (task === 'translate') {
    if (!resolved.targetLocale) throw new AiError('Dịch bài cần ngôn ngữ đích.', { permanent: true })
    if (resolved.targetLocale === story.locale) {
      throw new AiError(`Bài đã ở ${localeName(story.locale)}, không cần dịch.`, { permanent: true })
    }
  }
  return resolved
}

/** Syllables a reader gets through in `seconds` (Vietnamese words are one syllable each). */
export function wordsForSeconds(seconds: number, readRate: number): number {
  return Math.round((seconds * readRate) / 60)
}

export type MessageContext = {
  /** 1-based position of this chunk when the story is sent in parts. */
  part?: { index: number; total: number }
  topics?: readonly TopicEntry[]
  /** Condense: the most words the summary of this part may have. */
  maxWords?: number
}

function instructions(task: PromptName, params: ResolvedParams, story: StoryText, context: MessageContext) {
  const lines: string[] = [`Ngôn ngữ của bài: ${localeName(story.locale)} (${story.locale}).`]
  switch (task) {
    case 'headlines':
    case 'standfirst':
    case 'socialSummary':
    case 'seoDescription':
      lines.push(`Số phương án: ${params.count}.`, `Mỗi phương án tối đa ${params.maxChars} ký tự.`)
      break
    case 'radioScript':
    case 'tvOutline':
      if (params.targetSeconds) {
        const words = wordsForSeconds(params.targetSeconds, params.readRate)
        lines.push(
          `Thời lượng mục tiêu: ${params.targetSeconds} giây, khoảng ${words} chữ lời đọc ` +
            `(tốc độ đọc ${params.readRate} âm tiết/phút).`,
        )
      }
      break
    case 'printCut':
      lines.push(`Số ký tự tối đa của thân bài sau khi cắt: ${params.maxChars}.`)
      break
    case 'translate':
      lines.push(`Ngôn ngữ đích: ${localeName(params.targetLocale ?? '')} (${params.targetLocale}).`)
      break
    case 'tagging': {
      const topics = context.topics ?? []
      lines.push(
        topics.length
          ? 'Danh mục chủ đề (chỉ chọn trong danh sách này, trả về slug):\n' +
              topics.map((topic) => `- ${topic.slug}: ${topic.name}`).join('\n')
          : 'Danh mục chủ đề: (trống) — trả về "topics": [].',
      )
      break
    }
    case 'condense':
      lines.push(`Bản tóm lược tối đa ${context.maxWords ?? 200} chữ.`)
      break
  }
  if (context.part && context.part.total > 1) {
    lines.push(`Đây là phần ${context.part.index}/${context.part.total} của một bài dài.`)
  }
  return lines
}

/** The story as sent: whichever of headline, standfirst and body are non-empty. */
function storyBlock(story: Pick<StoryText, 'headline' | 'standfirst' | 'body'>): string {
  const parts: string[] = []
  if (story.headline.trim()) parts.push(`Tít: ${story.headline.trim()}`)
  if (story.standfirst.trim()) parts.push(`Sapo: ${story.standfirst.trim()}`)
  parts.push(`Thân bài:\n${story.body.trim()}`)
  return `=== BÀI VIẾT ===\n${parts.join('\n')}\n=== HẾT BÀI VIẾT ===`
}

export function buildUserMessage(
  task: PromptName,
  params: ResolvedParams,
  story: StoryText,
  context: MessageContext = {},
): string {
  const lines = instructions(task, params, story, context)
  return `Nhiệm vụ: ${task}\n${lines.map((line) => `- ${line}`).join('\n')}\n\n${storyBlock(story)}`
}
