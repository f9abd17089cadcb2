import type { AiTask, TaskParams } from '../types'

export type ParamKind = 'count' | 'maxChars' | 'targetSeconds' | 'targetLocale'

/** The one parameter the panel asks for per task; tasks not listed take none. */
export const TASK_PARAM: Partial<Record<AiTask, ParamKind>> = {
  headlines: 'count',
  socialSummary: 'maxChars',
  seoDescription: 'maxChars',
  radioScript: 'targetSeconds',
  tvOutline: 'targetSeconds',
  printCut: 'maxChars',
  translate: 'targetLocale',
}

/** Bounds of the number inputs, so the browser's own spinner stays in a sensible range. */
export const PARAM_LIMITS: Record<
  Exclude<ParamKind, 'targetLocale'>,
  { min: number; max: number; step: number }
> = {
  count: { min: 1, max: 10, step: 1 },
  maxChars: { min: 20, max: 20000, step: 10 },
  targetSeconds: { min: 5, max: 7200, step: 5 },
}

/** Form values of the story the defaults come from (whatever the form holds, unchecked). */
export type StoryDefaults = { radioSeconds?: unknown; tvSeconds?: unknown; printLength?: unknown }

export const DEFAULT_SECONDS = 60

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined)

/**
 * What a task's input starts with: the story's own plan where it has one (target seconds of the
 * radio or TV version, planned print length), else the usual length of that format; '' when there
 * is no sensible default (a print cut without a planned length).
 */
export function defaultParam(task: AiTask, story: StoryDefaults, targetLocales: readonly string[]): string {
  switch (task) {
    case 'headlines':
      return '5'
    case 'socialSummary':
      return '300'
    case 'seoDescription':
      return '160'
    case 'radioScript':
      return String(positive(story.radioSeconds) ?? DEFAULT_SECONDS)
    case 'tvOutline':
      return String(positive(story.tvSeconds) ?? DEFAULT_SECONDS)
    case 'printCut':
      return String(positive(story.printLength) ?? '')
    case 'translate':
      return targetLocales[0] ?? ''
    default:
      return ''
  }
}

/** Locales a story can be translated into from the one being edited. */
export const targetLocalesFor = (locales: readonly string[], current: string) =>
  locales.filter((locale) => locale !== current)

/**
 * The request's `params`: numbers as whole numbers; nothing for an empty or unreadable box, so the
 * server applies its default or answers with the Vietnamese message saying what is missing.
 */
export function buildParams(task: AiTask, raw: string): TaskParams {
  const kind = TASK_PARAM[task]
  const value = raw.trim()
  if (!kind || !value) return {}
  if (kind === 'targetLocale') return { targetLocale: value }
  const number = Number(value)
  return Number.isFinite(number) ? { [kind]: Math.round(number) } : {}
}
