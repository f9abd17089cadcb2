/**
 * Reads a MOS `roCreate` message back (for the tests): validates it as XML with fast-xml-parser and
 * returns the running order as plain values. Not used by the server.
 */
import parser from 'fast-xml-parser'

/** fast-xml-parser 3 leaves entities encoded. */
const decode = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

type Text = string | undefined

export type ParsedMosItem = {
  itemID: Text
  itemSlug: Text
  objID: Text
  mosID: Text
  itemEdDur: Text
  mosExternalMetadata?: { mosScope: Text; mosSchema: Text; mosPayload: Record<string, Text> }
}
export type ParsedMosStory = { storyID: Text; storySlug: Text; storyNum: Text; item: ParsedMosItem[] }
export type ParsedRoCreate = {
  mosID: Text
  ncsID: Text
  messageID: Text
  roCreate: { roID: Text; roSlug: Text; roEdStart: Text; roEdDur: Text; story: ParsedMosStory[] }
}

export function readRoCreate(xml: string): ParsedRoCreate {
  const valid = parser.validate(xml)
  if (valid !== true) throw new Error(`MOS message is not well-formed XML: ${JSON.stringify(valid)}`)
  const parsed = parser.parse(xml, {
    parseNodeValue: false,
    trimValues: true,
    arrayMode: (tagName: string) => tagName === 'story' || tagName === 'item',
    tagValueProcessor: (value: string) => decode(value),
  }) as { mos?: ParsedRoCreate }
  if (!parsed.mos) throw new Error('No <mos> root')
  const mos = parsed.mos
  mos.roCreate.story ??= []
  return mos
}
