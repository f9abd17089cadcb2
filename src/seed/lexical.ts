/**
 * Lexical rich-text JSON as the admin editor saves it, built from plain paragraphs. A
 * paragraph starting with "## " becomes a subheading, as provincial long reads use them.
 */
type TextNode = {
  type: 'text'
  text: string
  format: number
  style: string
  mode: 'normal'
  detail: number
  version: number
}

type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h2'
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: number
  textFormat: number
  textStyle: string
  version: number
}

export type LexicalDoc = {
  root: {
    type: 'root'
    children: BlockNode[]
    direction: 'ltr'
    format: ''
    indent: number
    version: number
  }
}

function textNode(text: string): TextNode {
  return { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

function blockNode(paragraph: string): BlockNode {
  const heading = paragraph.startsWith('## ')
  return {
    type: heading ? 'heading' : 'paragraph',
    ...(heading ? { tag: 'h2' as const } : {}),
    children: [textNode(heading ? paragraph.slice(3) : paragraph)],
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    version: 1,
  }
}

export function lexicalFromParagraphs(paragraphs: readonly string[]): LexicalDoc {
  return {
    root: {
      type: 'root',
      children: paragraphs.map((p) => blockNode(p.trim())),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
