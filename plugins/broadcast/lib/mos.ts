import { formatDurationHMS } from './clock'

/**
 * MOS 2.8.5 `roCreate` (pure): the running order as a newsroom system (NCS) announces it to
 * playout, prompter and graphics devices. One MOS story per rundown item (storyID = itemID), with one
 * item pointing at the newsroom's object: the story script at its revision (objID `story.<id>.<rev>`).
 */

/**
 * MOS gives item durations in samples of the object's time base; our objects are scripts timed in
 * seconds, so durations go out at 50 samples a second (PAL, the broadcast standard in Vietnam),
 * stated again in each item's metadata.
 */
export const MOS_TIME_BASE = 50
export const MOS_SCHEMA = 'urn:toasoan:mos:rundown-item:1'
/** MOS limits ids and slugs to 128 characters. */
const MAX = 128

export type MosItemInput = {
  itemID: string
  slug: string
  objID: string
  type: string
  status: string
  origin?: string | null
  plannedSeconds: number
  actualSeconds?: number | null
  frontTime?: string | null
  backTime?: string | null
}

export type RoCreateInput = {
  mosID: string
  ncsID: string
  /** Signed 32-bit, ≥ 1: unique per message sent. */
  messageID: number
  roID: string
  roSlug: string
  /** "YYYY-MM-DD" and "HH:MM:SS", station local time. */
  date: string
  startTime: string
  plannedDurationSeconds: number
  items: readonly MosItemInput[]
}

/** The NCS id of a newsroom whose MOS id is `mosID` ("toasoan.mos" → "toasoan.ncs"). */
export const ncsIDFor = (mosID: string) => `${mosID.replace(/\.mos$/i, '')}.ncs`.slice(-MAX)

// XML 1.0 allows tab, newline and carriage return among the control characters, nothing else.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** At most 128 characters (not UTF-16 units: Vietnamese letters must not be cut in half). */
const limited = (value: string) => Array.from(value.normalize('NFC')).slice(0, MAX).join('')

const element = (name: string, value: string | number, indent: string) =>
  `${indent}<${name}>${escapeXml(String(value))}</${name}>`

function itemXml(item: MosItemInput, mosID: string): string {
  const at = '            '
  const payload = [
    element('type', item.type, at),
    element('status', item.status, at),
    ...(item.origin ? [element('origin', item.origin, at)] : []),
    element('plannedSeconds', item.plannedSeconds, at),
    ...(item.actualSeconds !== null && item.actualSeconds !== undefined
      ? [element('actualSeconds', item.actualSeconds, at)]
      : []),
    ...(item.frontTime ? [element('frontTime', item.frontTime, at)] : []),
    ...(item.backTime ? [element('backTime', item.backTime, at)] : []),
    element('timeBase', MOS_TIME_BASE, at),
  ]
  return [
    '      <item>',
    element('itemID', limited(item.itemID), '        '),
    element('itemSlug', limited(item.slug), '        '),
    element('objID', limited(item.objID), '        '),
    element('mosID', limited(mosID), '        '),
    element('itemEdDur', Math.max(0, Math.round(item.plannedSeconds)) * MOS_TIME_BASE, '        '),
    '        <mosExternalMetadata>',
    element('mosScope', 'PLAYLIST', '          '),
    element('mosSchema', MOS_SCHEMA, '          '),
    '          <mosPayload>',
    ...payload,
    '          </mosPayload>',
    '        </mosExternalMetadata>',
    '      </item>',
  ].join('\n')
}

export function buildRoCreate(input: RoCreateInput): string {
  const stories = input.items.map((item, index) =>
    [
      '    <story>',
      element('storyID', limited(item.itemID), '      '),
      element('storySlug', limited(item.slug), '      '),
      element('storyNum', index + 1, '      '),
      itemXml(item, input.mosID),
      '    </story>',
    ].join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mos>',
    element('mosID', limited(input.mosID), '  '),
    element('ncsID', limited(input.ncsID), '  '),
    element('messageID', input.messageID, '  '),
    '  <roCreate>',
    element('roID', limited(input.roID), '    '),
    element('roSlug', limited(input.roSlug), '    '),
    element('roEdStart', `${input.date}T${input.startTime}`, '    '),
    element('roEdDur', formatDurationHMS(input.plannedDurationSeconds), '    '),
    ...stories,
    '  </roCreate>',
    '</mos>',
    '',
  ].join('\n')
}
