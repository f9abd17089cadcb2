import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { originalKey } from '../../media/lib/keys'
import { lexicalToPlainText } from '../../../src/lib/textMeasure'
import { slugifyVietnamese } from '../../../src/lib/vietnamese'
import type { BulletinPriority, PublicFile, PublicImage, PublicMedia, PublicStory } from '../types'

type Doc = Record<string, unknown>

const asDoc = (value: unknown): Doc | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : undefined
const docs = (value: unknown): Doc[] =>
  Array.isArray(value) ? value.map(asDoc).filter((d): d is Doc => !!d) : []
const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined
const isoDate = (value: unknown): string => (typeof value === 'string' ? new Date(value).toISOString() : '')

type StoredRendition = {
  name?: string
  key?: string
  url?: string
  mimeType?: string
  filesize?: number
  width?: number
  height?: number
  durationSeconds?: number
}

function fileOf(media: Doc): PublicFile {
  return {
    url: text(media.url),
    mimeType: text(media.mimeType),
    bytes: num(media.filesize) ?? 0,
    width: num(media.width),
    height: num(media.height),
    durationSeconds: num((asDoc(media.technical) ?? {}).durationSeconds),
    key: typeof media.filename === 'string' ? originalKey(media as { filename: string }) : undefined,
  }
}

function renditionsOf(media: Doc): Array<PublicFile & { name: string }> {
  return (Array.isArray(media.renditions) ? (media.renditions as StoredRendition[]) : [])
    .filter((r) => r.url && r.name)
    .map((r) => ({
      name: r.name!,
      url: r.url!,
      mimeType: r.mimeType ?? '',
      bytes: r.filesize ?? 0,
      width: r.width,
      height: r.height,
      durationSeconds: r.durationSeconds,
      key: r.key,
    }))
}

function imageOf(media: Doc): PublicImage {
  const renditions = renditionsOf(media)
    .filter((r) => r.mimeType.startsWith('image/'))
    .sort((a, b) => (b.width ?? 0) - (a.width ?? 0))
  return {
    ...fileOf(media),
    id: String(media.id),
    alt: optionalText(media.alt),
    caption: optionalText(media.caption),
    credit: optionalText(media.credit),
    renditions,
  }
}

/** Audio and video go out as their standard renditions (mp3, mp4) when the worker made them. */
function mediaOf(media: Doc, preferred: string): PublicMedia {
  const renditions = renditionsOf(media)
  const main = renditions.find((r) => r.name === preferred)
  const poster = renditions.find((r) => r.name === 'poster')
  return {
    ...(main ?? fileOf(media)),
    durationSeconds: main?.durationSeconds ?? fileOf(media).durationSeconds,
    id: String(media.id),
    title: optionalText(media.caption) ?? optionalText(media.alt),
    poster,
  }
}

function bodyHtml(body: unknown): string {
  if (!asDoc(body)?.root) return ''
  try {
    return convertLexicalToHTML({ data: body as never, disableContainer: true })
  } catch {
    // A body the converter cannot read still goes out as plain paragraphs rather than not at all.
    return lexicalToPlainText(body)
      .split(/\n+/)
      .filter(Boolean)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
      .join('')
  }
}

function bulletinOf(story: Doc, body: string): PublicStory['bulletin'] {
  const g = asDoc(story.grassroots)
  if (!g?.enabled) return undefined
  const recording = docs(g.recording)[0]
  return {
    priority: (text(g.priority) || 'normal') as BulletinPriority,
    communes: docs(g.communes).map((p) => ({ code: text(p.code), name: text(p.name) })),
    schedule: {
      startDate:
        typeof g.startDate === 'string' ? g.startDate.slice(0, 10) : new Date().toISOString().slice(0, 10),
      endDate: typeof g.endDate === 'string' ? g.endDate.slice(0, 10) : undefined,
      daysOfWeek: (Array.isArray(g.daysOfWeek) ? g.daysOfWeek : [])
        .map(Number)
        .filter((d) => d >= 1 && d <= 7),
      times: text(g.times)
        .split(/[,;\s]+/)
        .map((t) => t.trim())
        .filter(Boolean),
      repeats: num(g.repeats) ?? 1,
    },
    ledText: text(g.ledText),
    spokenText: text(g.spokenText) || body,
    recording: recording ? mediaOf(recording, 'mp3') : undefined,
    voice: text(g.voice) || 'vi',
  }
}

export type PublicStoryOptions = { locale: string; siteURL: string; aiLabel?: string }

/** Canonical address of a story on the agency's website: /<section>/<slug>. */
export function storyPath(slug: string, sectionSlug?: string): string {
  return `/${sectionSlug || 'tin-tuc'}/${slug}`
}

/**
 * A story document read at depth 1 in one locale (relations populated) → what targets publish.
 * Pure: the same document always gives the same output.
 */
export function toPublicStory(story: Doc, options: PublicStoryOptions): PublicStory {
  const section = asDoc(story.section)
  const desk = asDoc(story.desk)
  const sectionSlug = section ? slugifyVietnamese(text(section.name)) : undefined
  const slug = text(story.slug)
  const assets = docs(story.assets)
  const kindOf = (media: Doc) => text(media.kind) || text(media.mimeType).split('/')[0]
  const featured = asDoc(story.featuredImage)
  const images = assets.filter((m) => kindOf(m) === 'image').map(imageOf)
  const audio = assets.find((m) => kindOf(m) === 'audio')
  const video = assets.find((m) => kindOf(m) === 'video')
  const bodyText = lexicalToPlainText(story.body)
  const web = asDoc(story.web) ?? {}
  const social = asDoc(story.social) ?? {}
  const radio = asDoc(story.radio) ?? {}
  const state = text(story.workflowState)
  return {
    id: String(story.id),
    slug,
    revision: num(story.revision) ?? 1,
    locale: options.locale,
    state: (state === 'killed'
      ? 'killed'
      : state === 'corrected'
        ? 'corrected'
        : 'published') as PublicStory['state'],
    headline: text(story.headline),
    standfirst: text(story.standfirst),
    bodyHtml: bodyHtml(story.body),
    bodyText,
    url: `${options.siteURL}${storyPath(slug, sectionSlug)}`,
    publishedAt: isoDate(story.publishedAt) || isoDate(story.updatedAt),
    updatedAt: isoDate(story.updatedAt),
    section: section ? { id: String(section.id), name: text(section.name), slug: sectionSlug! } : undefined,
    desk: desk ? { id: String(desk.id), name: text(desk.name), code: optionalText(desk.code) } : undefined,
    publications: docs(story.channels).map((p) => ({
      id: String(p.id),
      code: text(p.code),
      name: text(p.name),
      kind: text(p.kind),
    })),
    bylines: docs(story.bylines)
      .map((b) => ({
        name: text(b.name) || text(asDoc(b.user)?.fullName),
        contribution: optionalText(b.contribution),
      }))
      .filter((b) => b.name),
    topics: docs(story.topics).map((t) => ({ id: String(t.id), name: text(t.name) })),
    places: docs(story.places).map((p) => ({
      id: String(p.id),
      name: text(p.name),
      code: optionalText(p.code),
      level: optionalText(p.level),
    })),
    featuredImage: featured ? imageOf(featured) : images[0],
    images,
    audio: audio ? mediaOf(audio, 'mp3') : undefined,
    video: video ? mediaOf(video, 'mp4') : undefined,
    corrections: docs(story.corrections).map((c) => ({
      note: text(c.note),
      correctedAt: typeof c.correctedAt === 'string' ? c.correctedAt : undefined,
    })),
    aiLabel: options.aiLabel ?? optionalText(story.aiLabel),
    seoDescription: optionalText(web.seoDescription),
    social: { text: optionalText(social.text), hashtags: optionalText(social.hashtags) },
    radioScript: optionalText(radio.script),
    bulletin: bulletinOf(story, bodyText),
  }
}
