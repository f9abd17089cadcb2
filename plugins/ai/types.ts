/**
 * Shapes shared by the AI plugin's parts: the providers (remote OpenAI-compatible and built-in
 * local), the tagger, the job that runs a task and the collections that keep what came back.
 */

/** Every assistance task; each runs as a job and comes back as a suggestion. */
export const AI_TASKS = [
  'headlines',
  'standfirst',
  'socialSummary',
  'seoDescription',
  'radioScript',
  'tvOutline',
  'printCut',
  'translate',
  'tagging',
  'spelling',
] as const
export type AiTask = (typeof AI_TASKS)[number]

/** The story as a task sees it: plain text, paragraphs of the body separated by a blank line. */
export type StoryText = {
  headline: string
  standfirst: string
  body: string
  /** Content locale of the text (vi, en, zh or a configured minority language). */
  locale: string
}

export type TaskParams = {
  /** How many alternatives (headlines). */
  count?: number
  /** Length limit in characters (social summary 300, SEO 160, print cut target). */
  maxChars?: number
  /** Target length of a broadcast script in seconds. */
  targetSeconds?: number
  /** Read rate in syllables per minute used to fit a script to its target. */
  readRate?: number
  /** Translation: the locale to translate into (the source is `story.locale`). */
  targetLocale?: string
}

export type TextOption = { text: string; note?: string }

export type TagKind = 'topic' | 'place' | 'person' | 'organisation'

export type TagOption = {
  kind: TagKind
  /** Name as shown to the editor ("Xã Quỳnh Phụ, Hưng Yên", "Nguyễn Văn A"). */
  label: string
  /** Id of the topic or place record it resolves to; people and organisations have none. */
  ref?: number | string
  /** Official administrative code of a place, when known. */
  code?: string
  /** 0..1 */
  confidence: number
  /** The words in the text that produced the tag (first occurrence). */
  evidence?: string
}

export type SpellingIssue = {
  /** Character offset in the checked text and length of the flagged span. */
  offset: number
  length: number
  word: string
  kind: 'spelling' | 'style'
  message: string
  suggestions: string[]
}

export type TaskOutput =
  | { kind: 'text'; options: TextOption[] }
  | { kind: 'tags'; tags: TagOption[] }
  | { kind: 'spelling'; issues: SpellingIssue[] }
  | { kind: 'translation'; fields: { headline?: string; standfirst?: string; body?: string } }

/** One place as the gazetteer knows it (from the `places` collection or the shipped data). */
export type GazetteerPlace = {
  id: number | string
  name: string
  level: 'province' | 'commune' | 'ward' | 'specialZone'
  code?: string | null
  /** The province a commune/ward belongs to. */
  parentId?: number | string | null
  /** Comma-separated names of the former provinces merged into this one in 2025. */
  formerUnits?: string | null
  /** Other names the place goes by (TP.HCM, Sài Gòn). */
  aliases?: readonly string[] | null
}

export type TopicEntry = {
  id: number | string
  name: string
  slug: string
  /** Words and phrases that point to the topic (editable in the taxonomy). */
  keywords: string[]
}

export type TaggingContext = {
  places: GazetteerPlace[]
  topics: TopicEntry[]
  /** The agency's own province: ambiguous commune names resolve inside it first. */
  homeProvinceId?: number | string | null
}

export type TaskInput = {
  task: AiTask
  story: StoryText
  params: TaskParams
  /** Needed by the tagging task only. */
  tagging?: TaggingContext
}

/** One HTTP call to a model, kept for audit (prompt and response) and for the token budget. */
export type CallRecord = {
  model: string
  promptVersion: string
  /** The messages sent, as sent. */
  request: unknown
  /** The model's raw answer text (or the error body). */
  response: string
  inputTokens: number
  outputTokens: number
  durationMs: number
  status: 'ok' | 'error' | 'refused'
  error?: string
  /** 1 for the first try of a call, 2.. for retries. */
  attempt: number
}

export type ProviderResult = {
  output: TaskOutput
  /** Every HTTP call made, retries included; empty for the local provider. */
  calls: CallRecord[]
  /** Model name, or `local` for the built-in provider. */
  model: string
  /** `<task>@v<version>+<hash of the prompt file>`, or `local@<task>@v<version>` for the built-in rules. */
  promptVersion: string
}

export type RunOptions = {
  signal?: AbortSignal
  /**
   * Called before every HTTP call with the estimated tokens it will use; throws
   * AiBudgetExceededError to stop when the month's budget would be passed.
   */
  guard?: (estimatedTokens: number) => Promise<void>
}

export interface AiProvider {
  readonly kind: 'local' | 'remote'
  /** Shown in the UI next to every suggestion. */
  readonly label: string
  supports(task: AiTask): boolean
  run(input: TaskInput, options?: RunOptions): Promise<ProviderResult>
}
