/**
 * A story's text as print paragraphs: styled runs per paragraph, from the Lexical body (bold,
 * italic… from the text nodes' format bits) or from the plain print variant. Pure.
 */

export type RunFormat = {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  position?: 'superscript' | 'subscript'
}

export type Run = RunFormat & { text: string }

export type TextParagraphKind = 'headline' | 'standfirst' | 'body' | 'subhead' | 'credit' | 'caption'

export type TextParagraph = { kind: TextParagraphKind; runs: Run[] }

/** Lexical's TextNode format bits (lexical/src/LexicalConstants.ts). */
const IS_BOLD = 1
const IS_ITALIC = 1 << 1
const IS_STRIKETHROUGH = 1 << 2
const IS_UNDERLINE = 1 << 3
const IS_SUBSCRIPT = 1 << 5
const IS_SUPERSCRIPT = 1 << 6

/** InDesign's forced line break (Shift+Enter): a line break that stays inside the paragraph. */
export const FORCED_LINE_BREAK = '\u2028'

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  start?: number
  value?: number
  children?: LexicalNode[]
}

export function formatOf(bits: unknown): RunFormat {
  const format = typeof bits === 'number' ? bits : 0
  const run: RunFormat = {}
  if (format & IS_BOLD) run.bold = true
  if (format & IS_ITALIC) run.italic = true
  if (format & IS_UNDERLINE) run.underline = true
  if (format & IS_STRIKETHROUGH) run.strike = true
  if (format & IS_SUPERSCRIPT) run.position = 'superscript'
  else if (format & IS_SUBSCRIPT) run.position = 'subscript'
  return run
}

const sameFormat = (a: RunFormat, b: RunFormat) =>
  Boolean(a.bold) === Boolean(b.bold) &&
  Boolean(a.italic) === Boolean(b.italic) &&
  Boolean(a.underline) === Boolean(b.underline) &&
  Boolean(a.strike) === Boolean(b.strike) &&
  a.position === b.position

/** Joins neighbours of the same format and drops empty runs, so the ICML has one range per change. */
export function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = []
  for (const run of runs) {
    if (!run.text) continue
    const last = merged[merged.length - 1]
    if (last && sameFormat(last, run)) last.text += run.text
    else merged.push({ ...run })
  }
  return merged
}

/** Trims the paragraph's outer whitespace (Lexical keeps what the writer typed). */
function trimRuns(runs: Run[]): Run[] {
  const out = mergeRuns(runs)
  if (out.length) out[0] = { ...out[0]!, text: out[0]!.text.replace(/^[\s\u2028]+/, '') }
  const last = out.length - 1
  if (last >= 0) out[last] = { ...out[last]!, text: out[last]!.text.replace(/[\s\u2028]+$/, '') }
  return out.filter((run) => run.text.length > 0)
}

function inlineRuns(nodes: LexicalNode[] | undefined, into: Run[]): Run[] {
  for (const node of nodes ?? []) {
    if (node.type === 'linebreak') into.push({ text: FORCED_LINE_BREAK })
    else if (node.type === 'tab') into.push({ text: '\t' })
    else if (typeof node.text === 'string') into.push({ text: node.text, ...formatOf(node.format) })
    // Links, marks and other inline wrappers: their text, without the wrapper.
    else if (node.children) inlineRuns(node.children, into)
  }
  return into
}

const BLOCK_CHILDREN = new Set(['list', 'paragraph', 'heading', 'quote'])

function listParagraphs(list: LexicalNode, out: TextParagraph[], depth: number): void {
  const numbered = list.listType === 'number'
  let number = typeof list.start === 'number' ? list.start : 1
  for (const item of list.children ?? []) {
    const inline = (item.children ?? []).filter((c) => !c.type || !BLOCK_CHILDREN.has(c.type))
    const nested = (item.children ?? []).filter((c) => c.type === 'list')
    const runs = trimRuns(inlineRuns(inline, []))
    if (runs.length) {
      // Typed out rather than an InDesign list style, so it survives any template.
      const marker = `${'\t'.repeat(depth)}${numbered ? `${number}.` : '–'} `
      out.push({ kind: 'body', runs: mergeRuns([{ text: marker }, ...runs]) })
      number++
    }
    for (const child of nested) listParagraphs(child, out, depth + 1)
  }
}

/** Paragraphs of a Lexical rich-text value; h1–h6 become the sub-heading style. */
export function lexicalParagraphs(value: unknown): TextParagraph[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return typeof value === 'string' ? plainParagraphs(value) : []
  const out: TextParagraph[] = []
  const loose: Run[] = []
  const flushLoose = () => {
    const runs = trimRuns(loose.splice(0))
    if (runs.length) out.push({ kind: 'body', runs })
  }
  for (const node of root.children ?? []) {
    if (node.type === 'list') {
      flushLoose()
      listParagraphs(node, out, 0)
    } else if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'quote') {
      flushLoose()
      const runs = trimRuns(inlineRuns(node.children, []))
      if (runs.length) out.push({ kind: node.type === 'heading' ? 'subhead' : 'body', runs })
    } else if (typeof node.text === 'string' || node.type === 'linebreak' || node.children) {
      inlineRuns([node], loose)
    }
  }
  flushLoose()
  return out
}

/** The plain print variant: one paragraph per non-empty line. */
export function plainParagraphs(text: string, kind: TextParagraphKind = 'body'): TextParagraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ kind, runs: [{ text: line }] }))
}
