/**
 * One task against the remote model, split into several requests when the story does not fit the
 * context: condensing tasks map-reduce (condense each chunk, then run the task on the summaries),
 * translation goes chunk by chunk in order, tagging runs per chunk and merges.
 */
import { countPrintCharacters, estimateReadSeconds, formatDuration } from '../../../../src/lib/textMeasure'
import type {
  AiTask,
  CallRecord,
  RunOptions,
  StoryText,
  TaggingContext,
  TaskOutput,
  TaskParams,
} from '../../types'
import { AiError } from '../errors'
import { callModel, type ModelSettings } from './callModel'
import {
  CHARS_PER_TOKEN,
  chunkBody,
  estimateMessagesTokens,
  estimateTokens,
  inputTokenBudget,
  joinChunks,
} from './chunking'
import { buildUserMessage, type MessageContext, type ResolvedParams, resolveParams } from './messages'
import {
  AnswerFormatError,
  parseOptions,
  parseTags,
  parseTextField,
  parseTranslation,
  trimToLimit,
} from './parseOutput'
import { mergeTags } from '../mergeTags'
import { loadPrompt, type Prompt, type PromptName } from './prompts'

export type TaskRun = {
  settings: ModelSettings
  model: string
  contextTokens: number
  calls: CallRecord[]
  options: RunOptions
}

/** Average length of a Vietnamese word (one syllable) with its space, to turn tokens into words. */
const CHARS_PER_WORD = 4.5
/** A translation can take more tokens than its source (other script, JSON escapes). */
const TRANSLATION_EXPANSION = 1.5
/** Condensing rounds before giving up on a story that does not shrink enough. */
const MAX_CONDENSE_ROUNDS = 3
/** Below this a request has no useful room for the story: the context setting is too small. */
const MIN_BODY_TOKENS = 100

const TV_MARKERS = ['[DẪN]', '[HÌNH]', '[LỜI BÌNH]', '[PHỎNG VẤN]']

function ask<T>(run: TaskRun, prompt: Prompt, user: string, parse: (content: string) => T): Promise<T> {
  const messages = [
    { role: 'system' as const, content: prompt.system },
    { role: 'user' as const, content: user },
  ]
  return callModel(
    run.settings,
    { model: run.model, promptVersion: prompt.promptVersion, messages },
    parse,
    run.calls,
    run.options,
  )
}

/** Estimated tokens left for the body in one request of `prompt` once everything else is counted. */
function bodyBudget(
  run: TaskRun,
  prompt: Prompt,
  params: ResolvedParams,
  story: StoryText,
  context: MessageContext,
): number {
  const frame = buildUserMessage(prompt.name, params, { ...story, body: '' }, context)
  const budget =
    inputTokenBudget(run.contextTokens, run.settings.maxOutputTokens) -
    estimateMessagesTokens([{ content: prompt.system }, { content: frame }])
  if (budget < MIN_BODY_TOKENS) {
    throw new AiError(
      `Ngữ cảnh của mô hình (${run.contextTokens} token, dành ${run.settings.maxOutputTokens} cho câu trả lời) ` +
        'quá nhỏ để gửi bài viết. Tăng cấu hình ngữ cảnh hoặc giảm số token đầu ra.',
      { permanent: true },
    )
  }
  return budget
}

// The widest "part i/n" line and word limit, so a budget computed once holds for every chunk.
const LONG_PART = { index: 99, total: 99 }
const WIDEST_WORD_LIMIT = 99_999

/** The story with its body condensed (as often as needed) until it fits `budget` tokens. */
async function condensed(run: TaskRun, params: ResolvedParams, story: StoryText, budget: number) {
  let body = story.body
  for (let round = 0; estimateTokens(body) > budget; round++) {
    if (round === MAX_CONDENSE_ROUNDS) {
      throw new AiError('Bài viết quá dài: đã tóm lược nhiều lượt mà vẫn chưa vừa ngữ cảnh của mô hình.', {
        permanent: true,
      })
    }
    const prompt = await loadPrompt('condense')
    const bare = { ...story, headline: '', standfirst: '' }
    const chunkTokens = bodyBudget(run, prompt, params, bare, {
      part: LONG_PART,
      maxWords: WIDEST_WORD_LIMIT,
    })
    const chunks = chunkBody(body, chunkTokens)
    // Each summary gets an equal share of the room the task has, and must also fit one answer.
    const shareTokens = Math.min(budget / chunks.length, run.settings.maxOutputTokens * 0.8)
    const maxWords = Math.max(30, Math.floor((shareTokens * CHARS_PER_TOKEN) / CHARS_PER_WORD))
    const summaries: string[] = []
    for (const [index, chunk] of chunks.entries()) {
      const part = { index: index + 1, total: chunks.length }
      const user = buildUserMessage('condense', params, { ...bare, body: chunk.text }, { part, maxWords })
      summaries.push(await ask(run, prompt, user, (content) => parseTextField(content, 'summary')))
    }
    const next = summaries.join('\n\n')
    if (next.length >= body.length) {
      throw new AiError('Bài viết quá dài: bản tóm lược không ngắn hơn bản gốc.', { permanent: true })
    }
    body = next
  }
  return { ...story, body }
}

function textOutput(task: AiTask, params: ResolvedParams, content: string): TaskOutput {
  switch (task) {
    case 'radioScript': {
      const script = parseTextField(content, 'script')
      const seconds = estimateReadSeconds(script, params.readRate)
      const target = params.targetSeconds ? ` (mục tiêu ${formatDuration(params.targetSeconds)})` : ''
      return {
        kind: 'text',
        options: [{ text: script, note: `Đọc khoảng ${formatDuration(seconds)}${target}.` }],
      }
    }
    case 'tvOutline': {
      const outline = parseTextField(content, 'outline')
      if (!TV_MARKERS.some((marker) => outline.includes(marker))) {
        throw new AnswerFormatError('Khung kịch bản không có nhãn [DẪN], [HÌNH], [LỜI BÌNH], [PHỎNG VẤN].')
      }
      return { kind: 'text', options: [{ text: outline }] }
    }
    case 'printCut':
      return {
        kind: 'text',
        options: [{ text: trimToLimit(parseTextField(content, 'text'), params.maxChars) }],
      }
    default:
      return { kind: 'text', options: parseOptions(content, params) }
  }
}

async function runCondensingTask(
  run: TaskRun,
  task: AiTask,
  params: ResolvedParams,
  story: StoryText,
  prompt: Prompt,
): Promise<TaskOutput> {
  if (task === 'printCut' && countPrintCharacters(story.body) <= params.maxChars) {
    return { kind: 'text', options: [{ text: story.body.trim(), note: 'Bài đã vừa khuôn, không cần cắt.' }] }
  }
  const fitted = await condensed(run, params, story, bodyBudget(run, prompt, params, story, {}))
  return ask(run, prompt, buildUserMessage(prompt.name, params, fitted), (content) =>
    textOutput(task, params, content),
  )
}

async function runTranslation(
  run: TaskRun,
  params: ResolvedParams,
  story: StoryText,
  prompt: Prompt,
): Promise<TaskOutput> {
  const outputRoom = run.settings.maxOutputTokens - estimateTokens(story.headline + story.standfirst)
  const budget = Math.min(
    bodyBudget(run, prompt, params, story, { part: LONG_PART }),
    Math.floor(outputRoom / TRANSLATION_EXPANSION),
  )
  const chunks =
    estimateTokens(story.body) <= budget
      ? [{ text: story.body, continuesParagraph: false }]
      : chunkBody(story.body, budget)
  if (!chunks.length) chunks.push({ text: '', continuesParagraph: false })
  const parts = []
  for (const [index, chunk] of chunks.entries()) {
    const first = index === 0
    const piece = { ...story, body: chunk.text, ...(first ? {} : { headline: '', standfirst: '' }) }
    const context = { part: { index: index + 1, total: chunks.length } }
    const requireBody = chunk.text.trim().length > 0
    parts.push(
      await ask(run, prompt, buildUserMessage(prompt.name, params, piece, context), (content) =>
        parseTranslation(content, { requireBody }),
      ),
    )
  }
  const fields: { headline?: string; standfirst?: string; body?: string } = {}
  if (story.headline.trim()) fields.headline = parts[0]!.headline
  if (story.standfirst.trim()) fields.standfirst = parts[0]!.standfirst
  if (story.body.trim())
    fields.body = joinChunks(
      parts.map((part) => part.body),
      chunks,
    )
  return { kind: 'translation', fields }
}

async function runTagging(
  run: TaskRun,
  params: ResolvedParams,
  story: StoryText,
  prompt: Prompt,
  tagging?: TaggingContext,
): Promise<TaskOutput> {
  const topics = tagging?.topics ?? []
  const budget = bodyBudget(run, prompt, params, story, { topics, part: LONG_PART })
  const chunks = estimateTokens(story.body) <= budget ? [{ text: story.body }] : chunkBody(story.body, budget)
  const lists = []
  for (const [index, chunk] of chunks.entries()) {
    const piece = { ...story, body: chunk.text, ...(index === 0 ? {} : { headline: '', standfirst: '' }) }
    const context = { topics, part: { index: index + 1, total: chunks.length } }
    lists.push(
      await ask(run, prompt, buildUserMessage(prompt.name, params, piece, context), (content) =>
        parseTags(content, topics),
      ),
    )
  }
  return { kind: 'tags', tags: mergeTags(lists) }
}

/** Runs `task` and returns its output and the prompt version of the task's own prompt. */
export async function runTask(
  run: TaskRun,
  input: {
    task: Exclude<AiTask, 'spelling'>
    story: StoryText
    params: TaskParams
    tagging?: TaggingContext
  },
): Promise<{ output: TaskOutput; promptVersion: string }> {
  const params = resolveParams(input.task, input.params, input.story)
  const prompt = await loadPrompt(input.task satisfies PromptName)
  let output: TaskOutput
  if (input.task === 'translate') output = await runTranslation(run, params, input.story, prompt)
  else if (input.task === 'tagging')
    output = await runTagging(run, params, input.story, prompt, input.tagging)
  else output = await runCondensingTask(run, input.task, params, input.story, prompt)
  return { output, promptVersion: prompt.promptVersion }
}
