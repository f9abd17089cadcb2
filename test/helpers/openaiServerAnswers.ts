/**
 * The test server's unscripted answers: plausible JSON for each task, built from the request the
 * way a model would (sentences of the story, taxonomy entries it mentions), deterministic so tests
 * can predict them. Reads the user message format of plugins/ai/lib/remote/messages.ts.
 */
import type { ChatBody } from './openaiServer'

type Article = { headline: string; standfirst: string; body: string }

function userMessage(body: ChatBody): string {
  const user = [...body.messages].reverse().find((message) => message.role === 'user')
  return typeof user?.content === 'string' ? user.content : ''
}

function article(message: string): Article {
  const block = /=== BÀI VIẾT ===\n([\s\S]*?)\n=== HẾT BÀI VIẾT ===/.exec(message)?.[1] ?? message
  return {
    headline: /^Tít: (.*)$/m.exec(block)?.[1]?.trim() ?? '',
    standfirst: /^Sapo: (.*)$/m.exec(block)?.[1]?.trim() ?? '',
    body: /^Thân bài:\n([\s\S]*)$/m.exec(block)?.[1]?.trim() ?? '',
  }
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

/** Cut at a word boundary to at most `max` characters. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[,;:]$/, '')
}

function number(message: string, pattern: RegExp, fallback: number): number {
  const match = pattern.exec(message)
  return match ? Number(match[1]) : fallback
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`

// Organisation names capitalise only their first word ("Sở Xây dựng"): take that and one more.
const ORGANISATION_NAME = String.raw`\p{Lu}\p{L}*(?:\s+\p{Ll}+)?`

function namesAfter(
  text: string,
  prefix: string,
  keepPrefix: boolean,
  name = CAPITALISED,
): { name: string; evidence: string }[] {
  const found = new Map<string, { name: string; evidence: string }>()
  for (const match of text.matchAll(new RegExp(`(${prefix})\\s+(${name})`, 'gu'))) {
    const name = keepPrefix ? `${match[1]} ${match[2]}` : match[2]!
    if (!found.has(name)) found.set(name, { name, evidence: match[0] })
  }
  return [...found.values()]
}

function tags(message: string, story: Article) {
  const text = [story.headline, story.standfirst, story.body].join('\n')
  const lower = text.toLowerCase()
  const taxonomy = message.split('=== BÀI VIẾT ===')[0]!
  const topics = [...taxonomy.matchAll(/^- ([a-z0-9-]+): (.+)$/gm)]
    .filter((match) => lower.includes(match[2]!.trim().toLowerCase()))
    .map((match) => ({ slug: match[1], confidence: 0.9, evidence: match[2]!.trim() }))
  const withConfidence = (items: { name: string; evidence: string }[], confidence: number) =>
    items.map((item) => ({ ...item, confidence }))
  return {
    topics,
    places: withConfidence(namesAfter(text, 'tỉnh|thành phố|xã|phường|đặc khu', true), 0.8),
    people: withConfidence(namesAfter(text, 'ông|bà|anh|chị', false), 0.7),
    organisations: withConfidence(namesAfter(text, 'Sở|Công ty|Hội|Ban', true, ORGANISATION_NAME), 0.6),
  }
}

/** The JSON a cooperative model would give for the request's task. */
export function defaultAnswer(body: ChatBody): object {
  const message = userMessage(body)
  const task = /^Nhiệm vụ: (\S+)/m.exec(message)?.[1] ?? ''
  const story = article(message)
  const all = [story.headline, story.standfirst, ...sentences(story.body)].filter(Boolean)
  const count = number(message, /Số phương án: (\d+)/, 3)
  const maxChars = number(message, /tối đa (\d+) ký tự/, 300)
  const options = (pool: string[]) =>
    Array.from({ length: count }, (_, index) => ({
      text: clip(pool[index % Math.max(1, pool.length)] ?? 'Tin tức trong ngày', maxChars),
      note: `Phương án ${index + 1}`,
    }))

  switch (task) {
    case 'headlines':
    case 'standfirst':
    case 'socialSummary':
    case 'seoDescription':
      return { options: options(all) }
    case 'radioScript':
      return { script: all.slice(0, 4).join(' ') }
    case 'tvOutline': {
      const [first = '', second = '', third = ''] = all
      return {
        outline: `[DẪN] ${first}\n[HÌNH] Toàn cảnh địa điểm.\n[LỜI BÌNH] ${second}\n[PHỎNG VẤN] ${third}`,
      }
    }
    case 'printCut': {
      const limit = number(message, /Số ký tự tối đa[^:]*: (\d+)/, 1000)
      return { text: clip(story.body, limit) }
    }
    case 'translate': {
      const locale = /Ngôn ngữ đích: .*\(([^)]+)\)/.exec(message)?.[1] ?? 'en'
      const mark = (text: string) => (text ? `[${locale}] ${text}` : '')
      return {
        headline: mark(story.headline),
        standfirst: mark(story.standfirst),
        body: paragraphs(story.body).map(mark).join('\n\n'),
      }
    }
    case 'tagging':
      return tags(message, story)
    case 'condense': {
      const maxWords = number(message, /tối đa (\d+) chữ/, 200)
      const firsts = paragraphs(story.body).map((paragraph) => clip(sentences(paragraph)[0] ?? '', 80))
      return { summary: firsts.join(' ').split(/\s+/).slice(0, maxWords).join(' ') }
    }
    default:
      return { options: [{ text: clip(all[0] ?? 'Tin tức trong ngày', maxChars) }] }
  }
}
