/**
 * Applies accepted spelling fixes to the story. The checker saw one text,
 * `headline + '\n\n' + standfirst + '\n\n' + body` (body paragraphs trimmed and separated by a
 * blank line, see toStoryText); each fix is mapped back to its field, and inside the rich-text
 * body to the text node holding it. A fix whose word is no longer where the checker saw it (the
 * story changed since) is skipped and reported, never applied elsewhere.
 */

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

export type SpellingFix = { offset: number; length: number; word: string; replacement: string }

type Segment = { node: LexicalNode; start: number; end: number }
type Block = { text: string; segments: Segment[] }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

/** The body's blocks in the order lexicalToPlainText reads them, with their text nodes. */
function blocksOf(root: LexicalNode): Block[] {
  const blocks: Block[] = []
  const walk = (node: LexicalNode, block: Block) => {
    if (typeof node.text === 'string') {
      block.segments.push({ node, start: block.text.length, end: block.text.length + node.text.length })
      block.text += node.text
    }
    if (node.type === 'linebreak') block.text += '\n'
    for (const child of node.children ?? []) {
      if (child.type && BLOCK_TYPES.has(child.type)) {
        const inner: Block = { text: '', segments: [] }
        walk(child, inner)
        blocks.push(inner)
      } else {
        walk(child, block)
      }
    }
  }
  const loose: Block = { text: '', segments: [] }
  walk(root, loose)
  if (loose.text) blocks.push(loose)
  return blocks
}

/** Paragraphs as the checker saw them, each pointing at its block and its start in the block. */
function paragraphsOf(blocks: Block[]): Array<{ block: Block; start: number; text: string }> {
  const paragraphs: Array<{ block: Block; start: number; text: string }> = []
  for (const block of blocks) {
    let lineStart = 0
    for (const line of block.text.split('\n')) {
      const trimmed = line.trim()
      if (trimmed)
        paragraphs.push({ block, start: lineStart + (line.length - line.trimStart().length), text: trimmed })
      lineStart += line.length + 1
    }
  }
  return paragraphs
}

export type SpellingResult = {
  headline: string
  standfirst: string
  body: unknown
  applied: SpellingFix[]
  skipped: SpellingFix[]
}

export function applySpelling(
  fields: { headline: string; standfirst: string; body: unknown },
  fixes: readonly SpellingFix[],
): SpellingResult {
  let headline = fields.headline
  let standfirst = fields.standfirst
  const body = fields.body ? (structuredClone(fields.body) as { root?: LexicalNode }) : null
  const paragraphs = body?.root ? paragraphsOf(blocksOf(body.root)) : []
  const applied: SpellingFix[] = []
  const skipped: SpellingFix[] = []
  const standfirstStart = fields.headline.length + 2
  const bodyStart = standfirstStart + fields.standfirst.length + 2

  // From the end backwards, so earlier offsets stay valid after a replacement changes a length.
  for (const fix of [...fixes].sort((a, b) => b.offset - a.offset)) {
    const replaceIn = (text: string, at: number) =>
      text.slice(at, at + fix.length) === fix.word
        ? text.slice(0, at) + fix.replacement + text.slice(at + fix.length)
        : undefined
    let done = false
    if (fix.offset + fix.length <= fields.headline.length) {
      const next = replaceIn(headline, fix.offset)
      if (next !== undefined) [headline, done] = [next, true]
    } else if (
      fix.offset >= standfirstStart &&
      fix.offset + fix.length <= standfirstStart + fields.standfirst.length
    ) {
      const next = replaceIn(standfirst, fix.offset - standfirstStart)
      if (next !== undefined) [standfirst, done] = [next, true]
    } else if (fix.offset >= bodyStart) {
      let at = bodyStart
      for (const paragraph of paragraphs) {
        const inParagraph = fix.offset - at
        if (inParagraph >= 0 && inParagraph + fix.length <= paragraph.text.length) {
          const inBlock = paragraph.start + inParagraph
          const segment = paragraph.block.segments.find(
            (s) => s.start <= inBlock && inBlock + fix.length <= s.end,
          )
          const text = segment?.node.text
          if (segment && text !== undefined) {
            const next = replaceIn(text, inBlock - segment.start)
            if (next !== undefined) [segment.node.text, done] = [next, true]
          }
          break
        }
        at += paragraph.text.length + 2
      }
    }
    ;(done ? applied : skipped).push(fix)
  }
  return { headline, standfirst, body: body ?? fields.body, applied, skipped }
}
