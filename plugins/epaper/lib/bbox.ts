/**
 * Reads the XHTML that `pdftotext -bbox-layout` prints: pages, and on each page the text blocks
 * poppler found (a column paragraph, a headline) with their boxes. Boxes become fractions of the
 * page with the origin at the top left, as zones are stored.
 */

export type TextBlock = { x: number; y: number; w: number; h: number; text: string }

export type BboxPage = { widthPt: number; heightPt: number; blocks: TextBlock[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

function attribute(tag: string, name: string): number {
  const match = new RegExp(`\\b${name}="([-\\d.eE+]+)"`).exec(tag)
  return match ? Number(match[1]) : Number.NaN
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value))

function toBlock(open: string, inner: string, width: number, height: number): TextBlock | undefined {
  const xMin = attribute(open, 'xMin')
  const yMin = attribute(open, 'yMin')
  const xMax = attribute(open, 'xMax')
  const yMax = attribute(open, 'yMax')
  if (![xMin, yMin, xMax, yMax].every(Number.isFinite)) return undefined
  const words = [...inner.matchAll(/<word\b[^>]*>([\s\S]*?)<\/word>/g)].map((m) => decodeEntities(m[1]!))
  const text = words.join(' ').replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  const x = clamp01(xMin / width)
  const y = clamp01(yMin / height)
  return { x, y, w: clamp01(xMax / width) - x, h: clamp01(yMax / height) - y, text }
}

/** Every page of the output in order; a page without text has no blocks (a full-page photo). */
export function parseBboxLayout(xhtml: string): BboxPage[] {
  const pages: BboxPage[] = []
  for (const page of xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)) {
    const widthPt = attribute(page[1]!, 'width')
    const heightPt = attribute(page[1]!, 'height')
    if (!(widthPt > 0) || !(heightPt > 0)) continue
    const blocks: TextBlock[] = []
    for (const block of page[2]!.matchAll(/<block\b([^>]*)>([\s\S]*?)<\/block>/g)) {
      const parsed = toBlock(block[1]!, block[2]!, widthPt, heightPt)
      if (parsed) blocks.push(parsed)
    }
    pages.push({ widthPt, heightPt, blocks })
  }
  return pages
}

/** What a page document keeps of its text: enough to see what was matched, not the whole page. */
export function compactBlocks(blocks: TextBlock[], maxBlocks = 200, maxChars = 240): TextBlock[] {
  const round = (value: number) => Math.round(value * 10_000) / 10_000
  return blocks.slice(0, maxBlocks).map((block) => ({
    x: round(block.x),
    y: round(block.y),
    w: round(block.w),
    h: round(block.h),
    text: block.text.length > maxChars ? `${block.text.slice(0, maxChars - 1)}…` : block.text,
  }))
}
