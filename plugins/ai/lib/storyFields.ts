import type { AiTask } from '../types'

/**
 * The text fields of a story an AI suggestion can fill, and which channel versions each is part
 * of. A channel's version falls back to the master text where its own field is empty (print
 * without its own text prints the body), so the fallback is what gets measured.
 */
export type TextFieldPath =
  | 'headline'
  | 'standfirst'
  | 'body'
  | 'web.headline'
  | 'web.seoDescription'
  | 'print.headline'
  | 'print.text'
  | 'radio.script'
  | 'tv.script'
  | 'tv.shotList'
  | 'social.text'

export const TEXT_FIELD_PATHS: readonly TextFieldPath[] = [
  'headline',
  'standfirst',
  'body',
  'web.headline',
  'web.seoDescription',
  'print.headline',
  'print.text',
  'radio.script',
  'tv.script',
  'tv.shotList',
  'social.text',
]

export const CHANNEL_KEYS = ['website', 'print', 'radio', 'tv', 'social'] as const
export type ChannelKey = (typeof CHANNEL_KEYS)[number]

/** Each channel version as a list of fields, each with the field it falls back to when empty. */
export const CHANNEL_FIELDS: Record<ChannelKey, ReadonlyArray<readonly [TextFieldPath, TextFieldPath?]>> = {
  website: [['web.headline', 'headline'], ['standfirst'], ['body'], ['web.seoDescription']],
  print: [['print.headline', 'headline'], ['standfirst'], ['print.text', 'body']],
  radio: [['radio.script']],
  tv: [['tv.script'], ['tv.shotList']],
  social: [['social.text']],
}

/** Publication kinds (src/lib/channels.ts) → the version they carry. */
export const CHANNEL_OF_PUBLICATION_KIND: Record<string, ChannelKey> = {
  website: 'website',
  print: 'print',
  epaper: 'print',
  radio: 'radio',
  tv: 'tv',
  social: 'social',
}

/** Where each text task's accepted suggestion goes, and which other fields the caller may pick. */
export const TASK_FIELDS: Partial<Record<AiTask, readonly TextFieldPath[]>> = {
  headlines: ['headline', 'web.headline', 'print.headline'],
  standfirst: ['standfirst'],
  socialSummary: ['social.text'],
  seoDescription: ['web.seoDescription'],
  radioScript: ['radio.script'],
  tvOutline: ['tv.script'],
  printCut: ['print.text'],
}

/** Reads a dotted path of a story document ("radio.script"). */
export function readPath(doc: Record<string, unknown>, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Writes a dotted path into a (partial) update, creating the groups on the way. */
export function writePath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let target = data
  for (const key of keys.slice(0, -1)) {
    const next = target[key]
    if (!next || typeof next !== 'object') target[key] = {}
    target = target[key] as Record<string, unknown>
  }
  target[keys[keys.length - 1] as string] = value
}
