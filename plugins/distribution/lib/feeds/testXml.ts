/**
 * Test helper: parses rendered feeds with fast-xml-parser 3, which leaves entities encoded, so
 * values are decoded here to compare them with what the story said.
 */
import parser from 'fast-xml-parser'

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return NAMED[name] ?? whole
  })
}

// Elements that may repeat are always arrays, so assertions do not depend on how many there are.
const REPEATED = new Set(['item', 'entry', 'category', 'dc:creator'])
const REPEATED_IN: Record<string, string[]> = {
  url: ['urlset'],
  link: ['feed', 'entry'],
  author: ['feed', 'entry'],
}

function isRepeated(tagName: string, parentTagName: string): boolean {
  return REPEATED.has(tagName) || (REPEATED_IN[tagName]?.includes(parentTagName) ?? false)
}

export type XmlNode = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export function parseXml(xml: string): XmlNode {
  const valid = parser.validate(xml)
  if (valid !== true) throw new Error(`Invalid XML: ${JSON.stringify(valid)}`)
  return parser.parse(xml, {
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseNodeValue: false,
    parseAttributeValue: false,
    trimValues: false,
    arrayMode: isRepeated,
    tagValueProcessor: (value: string) => decodeEntities(value),
    attrValueProcessor: (value: string) => decodeEntities(value),
  })
}
