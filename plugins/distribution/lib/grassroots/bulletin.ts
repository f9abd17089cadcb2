/**
 * The JSON message the provincial source system receives (format documented in docs/grassroots.md),
 * built from the public story, its bulletin spec and the prepared audio.
 */
import { countPrintCharacters } from '../../../../src/lib/textMeasure'
import type { BulletinPriority, BulletinSpec, PublicStory } from '../../types'
import type { BulletinAudio } from './audio'
import type { NormalisedSchedule } from './schedule'

export const BULLETIN_FORMAT = 'toasoan.grassroots.bulletin/1'

export const PRIORITY_LABELS: Record<BulletinPriority, string> = {
  normal: 'thông thường',
  priority: 'ưu tiên',
  emergency: 'khẩn cấp',
}

export type BulletinMessage = {
  format: typeof BULLETIN_FORMAT
  action: 'publish' | 'update'
  id: string
  version: number
  priority: BulletinPriority
  priorityLabel: string
  title: string
  ledText: string
  spokenText: string
  communes: Array<{ code: string; name: string }>
  schedule: NormalisedSchedule
  audio: {
    mimeType: 'audio/mpeg'
    bytes: number
    durationSeconds: number
    sha256: string
    source: 'recording' | 'tts'
    voice: string | null
    dataBase64: string
  }
  source: { storyId: string; url: string; publishedAt: string; updatedAt: string }
  sentAt: string
}

/** Stable across revisions, so an update replaces the bulletin instead of adding a second one. */
export function bulletinIdFor(storyId: string): string {
  return `story-${storyId}`
}

function clean(text: string | undefined): string {
  return (text ?? '').normalize('NFC').trim()
}

/** A pause-worthy end, so espeak-ng does not run the headline into the lead. */
function asSentence(text: string): string {
  return /[.!?…:;]["”’)]?$/.test(text) ? text : `${text}.`
}

/** Cuts at the last sentence end before `maxChars` (or the last space, with an ellipsis). */
export function trimToSentence(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  const cut = text.slice(0, maxChars)
  let lastEnd = -1
  for (const match of cut.matchAll(/[.!?…]["”’)]?(?=\s)/g)) lastEnd = match.index + match[0].length
  if (lastEnd >= maxChars / 2) return cut.slice(0, lastEnd)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

/**
 * What is read out: the editor's spoken text as written (never cut), else the headline, lead and body
 * capped at `maxChars` on a sentence end.
 */
export function spokenTextFor(story: PublicStory, spec: BulletinSpec, maxChars: number): string {
  const own = clean(spec.spokenText)
  if (own) return own
  const parts = [story.headline, story.standfirst, ...(story.bodyText ?? '').split(/\n+/)]
    .map(clean)
    .filter(Boolean)
    .map(asSentence)
  return trimToSentence(parts.join(' ').replace(/\s+/g, ' '), maxChars)
}

/** The LED board text: the bulletin's own, else the headline (length is checked by validate, never cut). */
export function ledTextFor(story: PublicStory, spec: BulletinSpec): string {
  return clean(spec.ledText) || clean(story.headline)
}

export function ledLength(text: string): number {
  return countPrintCharacters(text)
}

/** Commune codes trimmed, duplicates dropped (the first name given wins). */
export function normaliseCommunes(communes: BulletinSpec['communes']): Array<{ code: string; name: string }> {
  const seen = new Map<string, string>()
  for (const commune of communes ?? []) {
    const code = clean(commune.code)
    if (code && !seen.has(code)) seen.set(code, clean(commune.name))
  }
  return [...seen].map(([code, name]) => ({ code, name }))
}

export type BulletinParts = {
  story: PublicStory
  spec: BulletinSpec
  action: 'publish' | 'update'
  schedule: NormalisedSchedule
  spokenText: string
  audio: BulletinAudio
  audioBase64: string
  sentAt?: Date
}

export function buildBulletinMessage(parts: BulletinParts): BulletinMessage {
  const { story, spec, audio } = parts
  return {
    format: BULLETIN_FORMAT,
    action: parts.action,
    id: bulletinIdFor(story.id),
    version: story.revision,
    priority: spec.priority,
    priorityLabel: PRIORITY_LABELS[spec.priority],
    title: clean(story.headline),
    ledText: ledTextFor(story, spec),
    spokenText: parts.spokenText,
    communes: normaliseCommunes(spec.communes),
    schedule: parts.schedule,
    audio: {
      mimeType: audio.mimeType,
      bytes: audio.bytes,
      durationSeconds: audio.durationSeconds,
      sha256: audio.sha256,
      source: audio.source,
      voice: audio.voice ?? null,
      dataBase64: parts.audioBase64,
    },
    source: { storyId: story.id, url: story.url, publishedAt: story.publishedAt, updatedAt: story.updatedAt },
    sentAt: (parts.sentAt ?? new Date()).toISOString(),
  }
}
