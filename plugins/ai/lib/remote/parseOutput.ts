/**
 * From a model's answer text to the plugin's shapes. The prompts ask for strict JSON, but models
 * still wrap it in code fences or a reasoning preamble, so those are tolerated; anything else is an
 * AnswerFormatError, which the caller retries once. Length limits are enforced here, whatever the
 * model did.
 */
import { countPrintCharacters } from '../../../../src/lib/textMeasure'
import { searchKey } from '../../../../src/lib/vietnamese'
import type { TagKind, TagOption, TextOption, TopicEntry } from '../../types'
import { mergeTags } from '../mergeTags'

/** The answer is not the JSON the prompt asked for. */
export class AnswerFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AnswerFormatError'
  }
}

type JsonObject = Record<string, unknown>

export function extractJson(content: string): JsonObject {
  let text = content.replace(/<think>[\s\S]*?<\/think>/g, '').trim()
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text)
  if (fenced) text = fenced[1]!.trim()
  if (text.startsWith('[')) throw new AnswerFormatError('Câu trả lời là mảng, không phải đối tượng JSON.')
  const start = text.indexOf('{')
  const end = text.lastIndexOf('}')
  if (start < 0 || end < start) throw new AnswerFormatError('Câu trả lời không chứa đối tượng JSON.')
  let value: unknown
  try {
    value = JSON.parse(text.slice(start, end + 1))
  } catch {
    throw new AnswerFormatError('Câu trả lời không phải JSON hợp lệ.')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AnswerFormatError('Câu trả lời không phải một đối tượng JSON.')
  }
  return value as JsonObject
}

const TRAILING_JOINERS = /[\s,;:\-–—(“"'‘]+$/u

/**
 * `text` cut to at most `maxChars` as countPrintCharacters counts them: at the last sentence end
 * when that keeps at least 60% of the limit, else at the last word boundary. Never over the limit.
 */
export function trimToLimit(text: string, maxChars: number): string {
  const normalised = text.normalize('NFC').trim()
  if (countPrintCharacters(normalised) <= maxChars) return normalised
  const graphemes = [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(normalised)].map(
    (segment) => segment.segment,
  )
  // Walk to the first grapheme past the limit, counting a whitespace run once as the meter does.
  let counted = 0
  let cut = 0
  let inSpace = false
  for (; cut < graphemes.length; cut++) {
    const isSpace = /^\s+$/.test(graphemes[cut]!)
    if (!(isSpace && inSpace)) counted++
    inSpace = isSpace
    if (counted > maxChars) break
  }
  const head = graphemes.slice(0, cut).join('')
  const nextIsSpace = /^\s/.test(graphemes[cut] ?? ' ')
  const wordCut = nextIsSpace ? head : head.replace(/\s+\S*$/u, '')
  const sentences = [...wordCut.matchAll(/[.!?…]["”’»)]*(?=\s|$)/g)]
  const lastSentence = sentences[sentences.length - 1]
  if (lastSentence?.index !== undefined) {
    const sentenceCut = wordCut.slice(0, lastSentence.index + lastSentence[0].length)
    if (countPrintCharacters(sentenceCut) >= maxChars * 0.6) return sentenceCut.trim()
  }
  const trimmed = wordCut.replace(TRAILING_JOINERS, '').trim()
  // One word longer than the limit: a hard cut is still better than nothing.
  return trimmed || head.trim()
}

function cleanOption(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim()
  const unquoted = /^["“](.*)["”]$/.exec(collapsed)
  return unquoted && !/["“”]/.test(unquoted[1]!) ? unquoted[1]!.trim() : collapsed
}

/** `{"options": [{"text", "note"}]}` (or plain strings) → up to `count` distinct options within the limit. */
export function parseOptions(content: string, limits: { count: number; maxChars: number }): TextOption[] {
  const json = extractJson(content)
  if (!Array.isArray(json.options)) throw new AnswerFormatError('Thiếu mảng "options".')
  const seen = new Set<string>()
  const options: TextOption[] = []
  for (const item of json.options as unknown[]) {
    const raw = typeof item === 'string' ? item : (item as JsonObject | null)?.text
    if (typeof raw !== 'string') continue
    const text = trimToLimit(cleanOption(raw), limits.maxChars)
    const key = searchKey(text)
    if (!text || seen.has(key)) continue
    seen.add(key)
    const note = (item as JsonObject | null)?.note
    options.push(typeof note === 'string' && note.trim() ? { text, note: note.trim() } : { text })
    if (options.length === limits.count) break
  }
  if (!options.length) throw new AnswerFormatError('Không có phương án nào dùng được.')
  return options
}

/** A required non-empty string field (an array of strings is joined by line). */
export function parseTextField(content: string, key: string): string {
  const value = extractJson(content)[key]
  const text =
    Array.isArray(value) && value.every((line) => typeof line === 'string') ? value.join('\n') : value
  if (typeof text !== 'string' || !text.trim()) throw new AnswerFormatError(`Thiếu trường "${key}".`)
  return text.trim()
}

export type TranslatedFields = { headline: string; standfirst: string; body: string }

export function parseTranslation(
  content: string,
  { requireBody }: { requireBody: boolean },
): TranslatedFields {
  const json = extractJson(content)
  const field = (key: string) => (typeof json[key] === 'string' ? (json[key] as string).trim() : '')
  const fields = { headline: field('headline'), standfirst: field('standfirst'), body: field('body') }
  if (requireBody && !fields.body) throw new AnswerFormatError('Thiếu trường "body" của bản dịch.')
  return fields
}

function confidenceOf(value: unknown): number {
  const number = typeof value === 'string' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? Math.min(1, Math.max(0, number)) : 0.5
}

function evidenceOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined
}

const NAMED_KINDS: [string, TagKind][] = [
  ['places', 'place'],
  ['people', 'person'],
  ['organisations', 'organisation'],
]

/**
 * Tags from `{"topics", "places", "people", "organisations"}`. Topics count only when their slug
 * is in `topics` (ref = the topic's id); places, people and organisations keep just their name.
 */
export function parseTags(content: string, topics: readonly TopicEntry[]): TagOption[] {
  const json = extractJson(content)
  if (!['topics', ...NAMED_KINDS.map(([key]) => key)].some((key) => Array.isArray(json[key]))) {
    throw new AnswerFormatError('Thiếu các mảng "topics", "places", "people", "organisations".')
  }
  const bySlug = new Map(topics.map((topic) => [topic.slug.toLowerCase(), topic]))
  const tags: TagOption[] = []
  const list = (key: string) => (Array.isArray(json[key]) ? (json[key] as unknown[]) : [])
  for (const item of list('topics')) {
    const slug = typeof item === 'string' ? item : (item as JsonObject | null)?.slug
    const topic = typeof slug === 'string' ? bySlug.get(slug.trim().toLowerCase()) : undefined
    if (!topic) continue
    const entry = (typeof item === 'object' ? item : {}) as JsonObject
    const evidence = evidenceOf(entry.evidence)
    tags.push({
      kind: 'topic',
      label: topic.name,
      ref: topic.id,
      confidence: confidenceOf(entry.confidence),
      ...(evidence ? { evidence } : {}),
    })
  }
  for (const [key, kind] of NAMED_KINDS) {
    for (const item of list(key)) {
      const entry = (typeof item === 'object' && item ? item : { name: item }) as JsonObject
      const name = entry.name ?? entry.label
      if (typeof name !== 'string' || !name.trim()) continue
      const evidence = evidenceOf(entry.evidence)
      tags.push({
        kind,
        label: name.replace(/\s+/g, ' ').trim(),
        confidence: confidenceOf(entry.confidence),
        ...(evidence ? { evidence } : {}),
      })
    }
  }
  return mergeTags([tags])
}
