/**
 * XML 1.0 text helpers for the feed renderers. Story text comes from editors pasting from Word,
 * PDFs and chat apps, so stray control characters and broken surrogate pairs do occur; one such
 * character makes the whole feed unparseable for every aggregator, hence the stripping.
 */

/**
 * Everything outside XML 1.0's `Char` production: C0 controls except tab/LF/CR, lone surrogates
 * (with the `u` flag a lone surrogate is its own code point, a valid pair is one astral code point)
 * and the non-characters U+FFFE/U+FFFF.
 */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Removes characters XML 1.0 forbids; also used for JSON outputs so every format carries the same text. */
export function stripIllegalXmlChars(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, '')
}

/** Text content of an element. Non-ASCII (Vietnamese diacritics, đ) stays literal: feeds are UTF-8. */
export function escapeText(value: string): string {
  return stripIllegalXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** An attribute value for double-quoted attributes; tab/LF/CR as references so parsers keep them. */
export function escapeAttr(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}

/**
 * A CDATA section holding `value` verbatim. A literal `]]>` would end the section early, so it is
 * split across two sections (`]]` closes, `>` starts the next), which parsers join back together.
 */
export function cdata(value: string): string {
  return `<![CDATA[${stripIllegalXmlChars(value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

export type XmlAttributes = Record<string, string | number | undefined>

function renderAttributes(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('')
}

/**
 * One element with escaped text content, or self-closing without content. `undefined` content with
 * no attributes renders nothing, so optional fields can be passed straight through.
 */
export function element(name: string, content?: string, attributes: XmlAttributes = {}): string {
  const attrs = renderAttributes(attributes)
  if (content === undefined) return attrs ? `<${name}${attrs}/>` : ''
  return `<${name}${attrs}>${escapeText(content)}</${name}>`
}

/** An element whose children are already-rendered XML (never escaped again). */
export function container(name: string, children: string[], attributes: XmlAttributes = {}): string {
  return `<${name}${renderAttributes(attributes)}>${children.filter(Boolean).join('')}</${name}>`
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
