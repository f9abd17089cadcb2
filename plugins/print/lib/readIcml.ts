/**
 * Reads an ICML document back (for the tests): validates it as XML with fast-xml-parser and
 * returns its processing instructions, styles, paragraphs and linked files.
 */
import parser from 'fast-xml-parser'

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** fast-xml-parser 3 leaves entities encoded. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return NAMED[name] ?? whole
  })
}

type Node = Record<string, unknown>

export type ReadRange = { characterStyle: string; text: string; attributes: Record<string, string> }
export type ReadParagraph = { style: string; text: string; ranges: ReadRange[]; links: string[] }
export type ReadIcml = {
  instructions: string[]
  characterStyles: string[]
  paragraphStyles: string[]
  storyTitle: string
  paragraphs: ReadParagraph[]
  links: string[]
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])
const attrsOf = (node: Node) =>
  Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key.startsWith('@'))
      .map(([key, value]) => [key.slice(1), String(value)]),
  )

/** Leaf elements come back as a string (or an array of them when repeated). */
const textOf = (value: unknown): string =>
  Array.isArray(value) ? value.map(textOf).join('') : typeof value === 'string' ? value : ''

export function readIcml(xml: string): ReadIcml {
  const valid = parser.validate(xml)
  if (valid !== true) throw new Error(`ICML is not well-formed XML: ${JSON.stringify(valid)}`)
  const instructions = [...xml.matchAll(/<\?aid ([^?]*)\?>/g)].map((m) => m[1]!.trim())
  const tree = parser.parse(xml, {
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseNodeValue: false,
    parseAttributeValue: false,
    trimValues: false,
    arrayMode: true,
    tagValueProcessor: (value: string) => decodeEntities(value),
    attrValueProcessor: (value: string) => decodeEntities(value),
  }) as Node
  const document = list(tree.Document)[0]
  if (!document) throw new Error('ICML without a Document element')
  const names = (group: unknown, element: string) =>
    list(list(group)[0]?.[element]).map((style) => String(style['@Name']))
  const story = list(document.Story)[0]
  if (!story) throw new Error('ICML without a Story element')
  const links: string[] = []
  const paragraphs = list(story.ParagraphStyleRange).map((range): ReadParagraph => {
    const paragraphLinks: string[] = []
    const ranges = list(range.CharacterStyleRange).map((characters): ReadRange => {
      for (const rectangle of list(characters.Rectangle))
        for (const image of list(rectangle.Image))
          for (const link of list(image.Link)) paragraphLinks.push(String(link['@LinkResourceURI']))
      const { AppliedCharacterStyle, ...attributes } = attrsOf(characters)
      return {
        characterStyle: AppliedCharacterStyle ?? '',
        text: textOf(characters.Content),
        attributes,
      }
    })
    links.push(...paragraphLinks)
    return {
      style: String(range['@AppliedParagraphStyle']).replace(/^ParagraphStyle\//, ''),
      text: ranges.map((r) => r.text).join(''),
      ranges,
      links: paragraphLinks,
    }
  })
  return {
    instructions,
    characterStyles: names(document.RootCharacterStyleGroup, 'CharacterStyle'),
    paragraphStyles: names(document.RootParagraphStyleGroup, 'ParagraphStyle'),
    storyTitle: String(story['@StoryTitle'] ?? ''),
    paragraphs,
    links,
  }
}
