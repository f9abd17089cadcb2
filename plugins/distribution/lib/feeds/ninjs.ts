/**
 * IPTC ninjs 2.1 (https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json) for exchange with other
 * agencies. Field names follow that schema: associations and renditions are arrays whose members
 * carry a `name`; the schema version travels in `standard` (2.x allows no `$schema` property,
 * its root has unevaluatedProperties: false).
 */
import type { PublicFile, PublicImage, PublicMedia, PublicStory } from '../../types'
import { urnNamespace } from './stories'
import { stripIllegalXmlChars } from './xml'

export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '2.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
} as const

export type NinjsOptions = {
  /** Copyright holder, e.g. 'Báo Hưng Yên'. */
  agencyName: string
  /**
   * Where ids come from. A site or server URL (https://baohungyen.vn) gives `urn:newsroom:<host>:`,
   * the same ids the feeds use; any other value is a prefix used as given. The story becomes
   * `<prefix>story:<id>`, its media `<prefix>media:<id>`.
   */
  uriBase: string
}

function uriPrefix(uriBase: string): string {
  if (/^https?:\/\//i.test(uriBase)) return urnNamespace(uriBase)
  return /[:/]$/.test(uriBase) ? uriBase : `${uriBase}:`
}

export type NinjsRendition = {
  name: string
  href: string
  contenttype: string
  width?: number
  height?: number
  sizeinbytes?: number
  duration?: number
}

export type NinjsItem = {
  uri: string
  standard?: typeof NINJS_STANDARD
  type: 'text' | 'audio' | 'video' | 'picture'
  version?: string
  versioncreated?: string
  firstcreated?: string
  pubstatus?: 'usable' | 'withheld' | 'canceled'
  language?: string
  slugline?: string
  copyrightholder?: string
  ednote?: string
  by?: string
  headlines?: Array<{ role?: string; value: string }>
  descriptions?: Array<{ role?: string; contenttype?: string; value: string }>
  bodies?: Array<{
    role?: string
    contenttype: string
    value: string
    charcount?: number
    wordcount?: number
  }>
  subjects?: Array<{ name: string; literal?: string }>
  places?: Array<{ name: string; literal?: string }>
  renditions?: NinjsRendition[]
  associations?: Array<NinjsItem & { name: string }>
}

/**
 * Below this many words the audio or video is what the story is, and the text only introduces it
 * (a radio programme page); above it the story is text that carries media.
 */
const MEDIA_STORY_MAX_WORDS = 30

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function mainType(story: PublicStory): NinjsItem['type'] {
  if (wordCount(story.bodyText) >= MEDIA_STORY_MAX_WORDS) return 'text'
  if (story.video) return 'video'
  if (story.audio) return 'audio'
  return 'text'
}

function rendition(name: string, file: PublicFile): NinjsRendition {
  return {
    name,
    href: file.url,
    contenttype: file.mimeType,
    width: file.width,
    height: file.height,
    sizeinbytes: file.bytes || undefined,
    duration: file.durationSeconds,
  }
}

function imageAssociation(name: string, image: PublicImage, options: NinjsOptions) {
  return {
    name,
    uri: `${options.uriBase}media:${image.id}`,
    type: 'picture' as const,
    by: image.credit || undefined,
    headlines: image.alt ? [{ value: image.alt }] : undefined,
    descriptions: image.caption
      ? [{ role: 'caption', contenttype: 'text/plain', value: image.caption }]
      : undefined,
    renditions: [
      rendition('original', image),
      ...image.renditions.map((version) => rendition(version.name, version)),
    ],
  }
}

function mediaAssociation(name: string, type: 'audio' | 'video', media: PublicMedia, options: NinjsOptions) {
  return {
    name,
    uri: `${options.uriBase}media:${media.id}`,
    type,
    headlines: media.title ? [{ value: media.title }] : undefined,
    renditions: [rendition('original', media), ...(media.poster ? [rendition('poster', media.poster)] : [])],
  }
}

function associations(story: PublicStory, options: NinjsOptions): NinjsItem['associations'] {
  const list: NonNullable<NinjsItem['associations']> = []
  if (story.featuredImage) list.push(imageAssociation('featureimage', story.featuredImage, options))
  story.images
    .filter((image) => image.id !== story.featuredImage?.id)
    .forEach((image, index) => list.push(imageAssociation(`image${index + 1}`, image, options)))
  if (story.audio) list.push(mediaAssociation('audio', 'audio', story.audio, options))
  if (story.video) list.push(mediaAssociation('video', 'video', story.video, options))
  return list.length ? list : undefined
}

function descriptions(story: PublicStory): NinjsItem['descriptions'] {
  const list: NonNullable<NinjsItem['descriptions']> = []
  if (story.standfirst) list.push({ role: 'summary', contenttype: 'text/plain', value: story.standfirst })
  for (const correction of story.corrections)
    list.push({ role: 'correction', contenttype: 'text/plain', value: correction.note })
  if (story.aiLabel) list.push({ role: 'ai-label', contenttype: 'text/plain', value: story.aiLabel })
  return list.length ? list : undefined
}

/** Drops undefined members (JSON would too, but callers compare objects) and illegal control characters. */
function clean<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, member) =>
      typeof member === 'string' ? stripIllegalXmlChars(member) : member,
    ),
  ) as T
}

/**
 * The story as one ninjs item. A killed story becomes a cancellation notice: same uri, pubstatus
 * canceled, and none of the withdrawn content (receivers must not get the body again).
 */
export function toNinjs(story: PublicStory, { agencyName, uriBase }: NinjsOptions): NinjsItem {
  const options = { agencyName, uriBase: uriPrefix(uriBase) }
  const identity = {
    uri: `${options.uriBase}story:${story.id}`,
    standard: NINJS_STANDARD,
    type: mainType(story),
    version: String(story.revision),
    versioncreated: story.updatedAt,
    firstcreated: story.publishedAt,
    language: story.locale,
    slugline: story.slug,
    copyrightholder: options.agencyName,
    headlines: [{ role: 'main', value: story.headline }],
  }
  if (story.state === 'killed') {
    return clean({
      ...identity,
      pubstatus: 'canceled' as const,
      ednote: 'Tin đã bị rút, đề nghị gỡ bỏ (story killed, please withdraw).',
    })
  }
  return clean({
    ...identity,
    pubstatus: 'usable' as const,
    by: story.bylines.map((byline) => byline.name).join(', ') || undefined,
    descriptions: descriptions(story),
    bodies: story.bodyHtml
      ? [
          {
            role: 'main',
            contenttype: 'text/html',
            value: story.bodyHtml,
            charcount: story.bodyText.length,
            wordcount: wordCount(story.bodyText),
          },
        ]
      : undefined,
    subjects: story.topics.length
      ? story.topics.map((topic) => ({ name: topic.name, literal: topic.id }))
      : undefined,
    places: story.places.length
      ? story.places.map((place) => ({ name: place.name, literal: place.code || undefined }))
      : undefined,
    renditions: story.url ? [{ name: 'web', href: story.url, contenttype: 'text/html' }] : undefined,
    associations: associations(story, options),
  })
}
