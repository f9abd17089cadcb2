/**
 * Token estimates and the splitting of a long story body into pieces that fit a model's context.
 * Pure: no I/O, so the rules can be tested on their own.
 */

/**
 * Characters per token assumed for every estimate (prompt size, chunk size, the budget guard and
 * calls whose server sent no `usage`). BPE tokenizers split Vietnamese syllables at their
 * diacritics, so a syllable of ~4 characters costs 1–2 tokens: measured ratios run 2.5–3.5
 * characters a token. 2.5 is the pessimistic end, so a chunk estimated to fit does fit.
 */
export const CHARS_PER_TOKEN = 2.5

/** Role markers and separators the chat template adds around each message. */
const TOKENS_PER_MESSAGE = 4

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN)
}

export function estimateMessagesTokens(messages: readonly { content: string }[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + estimateTokens(message.content), 0)
}

/**
 * Input tokens a request may use: the context minus the room kept for the answer and a margin for
 * the estimate being off (5% of the context, at least 64 tokens).
 */
export function inputTokenBudget(contextTokens: number, maxOutputTokens: number): number {
  const margin = Math.max(64, Math.ceil(contextTokens * 0.05))
  return contextTokens - maxOutputTokens - margin
}

/** One piece of the body; `continuesParagraph` when it starts in the middle of a paragraph. */
export type Chunk = { text: string; continuesParagraph: boolean }

/** Paragraphs of a body whose paragraphs are separated by a blank line. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
}

// "TP. Hồ Chí Minh", "PGS.TS. Nguyễn Văn A": a full stop after these does not end a sentence.
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(.])(?:TP|Tp|TT|Q|P|ThS|TS|PGS|GS|BS|KS|NSƯT|NSND|St|Mr|Mrs|Dr)\.$/

/** Sentences of a paragraph (the separating whitespace is dropped). */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?…]["”’»)]*)\s+/)
  const sentences: string[] = []
  for (const part of parts) {
    const previous = sentences[sentences.length - 1]
    if (previous !== undefined && ABBREVIATION_BEFORE_DOT.test(previous)) {
      sentences[sentences.length - 1] = `${previous} ${part}`
    } else if (part) {
      sentences.push(part)
    }
  }
  return sentences
}

/** Words of an oversized sentence packed into pieces under the limit (last resort). */
function splitWords(sentence: string, maxTokens: number): string[] {
  const pieces: string[] = []
  let current = ''
  for (const word of sentence.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word
    if (current && estimateTokens(candidate) > maxTokens) {
      pieces.push(current)
      current = word
    } else {
      current = candidate
    }
  }
  if (current) pieces.push(current)
  return pieces
}

type Unit = { text: string; startsParagraph: boolean }

function units(body: string, maxTokens: number): Unit[] {
  const result: Unit[] = []
  for (const paragraph of splitParagraphs(body)) {
    if (estimateTokens(paragraph) <= maxTokens) {
      result.push({ text: paragraph, startsParagraph: true })
      continue
    }
    const pieces = splitSentences(paragraph).flatMap((sentence) =>
      estimateTokens(sentence) <= maxTokens ? [sentence] : splitWords(sentence, maxTokens),
    )
    pieces.forEach((text, index) => result.push({ text, startsParagraph: index === 0 }))
  }
  return result
}

/**
 * The body in order, packed greedily into chunks of at most `maxTokens` estimated tokens: whole
 * paragraphs where they fit, sentences of a paragraph too long for one chunk otherwise.
 */
export function chunkBody(body: string, maxTokens: number): Chunk[] {
  if (maxTokens < 1) throw new RangeError('maxTokens must be at least 1')
  const chunks: Chunk[] = []
  let current: Chunk | undefined
  for (const unit of units(body, maxTokens)) {
    if (current) {
      const candidate = `${current.text}${unit.startsParagraph ? '\n\n' : ' '}${unit.text}`
      if (estimateTokens(candidate) <= maxTokens) {
        current.text = candidate
        continue
      }
      chunks.push(current)
    }
    current = { text: unit.text, continuesParagraph: !unit.startsParagraph }
  }
  if (current) chunks.push(current)
  return chunks
}

/** Pieces produced chunk by chunk (a translation) joined back into one body. */
export function joinChunks(texts: readonly string[], chunks: readonly Chunk[]): string {
  return texts
    .map((text, index) => {
      const trimmed = text.trim()
      if (index === 0) return trimmed
      return `${chunks[index]?.continuesParagraph ? ' ' : '\n\n'}${trimmed}`
    })
    .join('')
}
