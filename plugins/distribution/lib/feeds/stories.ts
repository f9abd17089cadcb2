/** Story helpers shared by the feed and exchange renderers. */
import type { PublicFile, PublicImage, PublicStory } from '../../types'

/**
 * The URN namespace for one site: `urn:newsroom:<host>:`. Built from the site's host so ids from
 * two agencies never collide, and independent of paths so moving a section keeps every id.
 */
export function urnNamespace(siteURL: string): string {
  let host: string
  try {
    host = new URL(siteURL).host
  } catch {
    host = siteURL
  }
  return `urn:newsroom:${host.toLowerCase().replace(/[^a-z0-9.\-:]/g, '-')}:`
}

/**
 * A story's permanent id in feeds. Only the story id goes in — never the revision or URL — so a
 * correction or a new slug updates the item readers already have instead of adding a second one.
 */
export function storyUrn(namespace: string, storyId: string): string {
  return `${namespace}story:${storyId}`
}

/**
 * The stories a feed may list. The caller already leaves out killed stories; this is the last line
 * of defence, since a killed story in a feed keeps spreading to every aggregator that polls it.
 */
export function feedableStories(stories: PublicStory[]): PublicStory[] {
  return stories.filter((story) => story.state !== 'killed')
}

const WEB_IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif'])

/**
 * The version of an image to offer aggregators: the image itself when browsers can show it,
 * otherwise its largest web-friendly rendition (originals may be TIFF or HEIC).
 */
export function feedImage(image: PublicImage | undefined): PublicFile | undefined {
  if (!image) return undefined
  if (image.url && WEB_IMAGE_TYPES.has(image.mimeType)) return image
  return image.renditions.find((rendition) => rendition.url && WEB_IMAGE_TYPES.has(rendition.mimeType))
}

/** `HH:MM:SS` for iTunes durations; undefined when unknown. */
export function durationHms(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined
  const total = Math.round(seconds)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
}
