/**
 * A stored story (read with depth ≥ 1) as the ICML builder's input: the print variant when the
 * desk wrote one, else the master headline and body; bylines as credits; the featured picture
 * linked from the package's Links/ folder. Pure.
 */
import { slugifyVietnamese } from '../../../src/lib/vietnamese'
import type { IcmlStory } from './icml'
import { lexicalParagraphs, plainParagraphs } from './printParagraphs'

export type MediaLike = {
  id: number | string
  filename?: string | null
  prefix?: string | null
  mimeType?: string | null
  kind?: string | null
  width?: number | null
  height?: number | null
  caption?: string | null
  alt?: string | null
  credit?: string | null
}

export type StoryLike = {
  id: number | string
  headline?: string | null
  slug?: string | null
  standfirst?: string | null
  body?: unknown
  print?: { headline?: string | null; text?: string | null } | null
  bylines?: Array<{
    name?: string | null
    contribution?: string | null
    user?: number | string | { fullName?: string | null; email?: string | null } | null
  }> | null
  featuredImage?: number | string | MediaLike | null
}

const CONTRIBUTION_PREFIX: Record<string, string> = {
  writer: '',
  photographer: 'Ảnh: ',
  camera: 'Quay phim: ',
  translator: 'Dịch: ',
}

export function creditsOf(story: StoryLike): string[] {
  const credits: string[] = []
  for (const byline of story.bylines ?? []) {
    const user = byline.user && typeof byline.user === 'object' ? byline.user : undefined
    const name = byline.name?.trim() || user?.fullName?.trim()
    // Desk editors are not credited in print.
    const prefix = CONTRIBUTION_PREFIX[byline.contribution ?? 'writer']
    if (name && prefix !== undefined) credits.push(`${prefix}${name}`)
  }
  return credits
}

/** The featured image when it is a populated, processed-or-not picture with a stored original. */
export function printableImage(story: StoryLike): MediaLike | undefined {
  const media = story.featuredImage
  if (!media || typeof media !== 'object' || !media.filename) return undefined
  const isImage = media.kind ? media.kind === 'image' : Boolean(media.mimeType?.startsWith('image/'))
  return isImage ? media : undefined
}

/** `12-anh-le-hoi.jpg`: ASCII, unique per asset, so it unpacks the same on every desk's computer. */
export function linkFileName(media: MediaLike): string {
  const filename = media.filename ?? `anh-${media.id}`
  const dot = filename.lastIndexOf('.')
  const base = dot > 0 ? filename.slice(0, dot) : filename
  const extension =
    dot > 0
      ? filename
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
      : ''
  const slug = slugifyVietnamese(base, 60) || 'anh'
  return `${media.id}-${slug}${extension ? `.${extension}` : ''}`
}

export function captionOf(media: MediaLike): string {
  const text = media.caption?.trim() || media.alt?.trim() || ''
  const credit = media.credit?.trim()
  return credit ? `${text}${text ? ' ' : ''}(Ảnh: ${credit})` : text
}

export function printHeadline(story: StoryLike): string {
  return story.print?.headline?.trim() || story.headline?.trim() || `Tin ${story.id}`
}

/** `linksDir` is where the ICML will find Links/ relative to itself ('' beside it, '../' one up). */
export function toIcmlStory(story: StoryLike, linksDir = ''): IcmlStory {
  const printText = story.print?.text?.trim()
  const image = printableImage(story)
  return {
    headline: printHeadline(story),
    standfirst: story.standfirst,
    body: printText ? plainParagraphs(printText) : lexicalParagraphs(story.body),
    credits: creditsOf(story),
    image: image
      ? {
          href: `${linksDir}Links/${linkFileName(image)}`,
          widthPx: image.width ?? 1000,
          heightPx: image.height ?? 667,
          caption: captionOf(image),
        }
      : null,
  }
}

/** The story's file name in downloads: its slug, else its headline. */
export function storyFileBase(story: StoryLike): string {
  return story.slug?.trim() || slugifyVietnamese(printHeadline(story)) || `tin-${story.id}`
}
