/**
 * A PublicStory as a Zalo OA article: the cover, the description cut to fit, and the body as
 * Zalo's list of text / image / video items (figures in the body HTML become image items).
 */
import type { PublicImage, PublicStory, TargetConfig } from '../../types'
import { descriptionSource, fitDescription, pickZaloImage, resolveAuthor } from './limits'

export type ZaloBodyItem =
  | { type: 'text'; content: string }
  | { type: 'image'; url: string; caption?: string }
  | { type: 'video'; video_id?: string; url?: string; thumb?: string }

export type ZaloArticle = {
  type: 'normal'
  title: string
  author: string
  description: string
  cover: { cover_type: 'photo'; photo_url: string; status: 'show' }
  body: ZaloBodyItem[]
  status: 'show'
  comment: 'show'
}

export type ArticleMedia = { videoId?: string }

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)
  const value = match?.[2] ?? match?.[3]
  return value === undefined ? undefined : value.replace(/&amp;/g, '&')
}

function absoluteUrl(src: string, base: string): string {
  try {
    return new URL(src, base).toString()
  } catch {
    return src
  }
}

function findImage(story: PublicStory, src: string): PublicImage | undefined {
  const all = story.featuredImage ? [...story.images, story.featuredImage] : story.images
  return all.find((image) => image.url === src || image.renditions.some((file) => file.url === src))
}

/** One `<figure>…</figure>` or bare `<img>` of the body as an image item (undefined: leave it out). */
function imageItem(story: PublicStory, html: string): ZaloBodyItem | undefined {
  const img = /<img\b[^>]*>/i.exec(html)?.[0]
  const src = img && attribute(img, 'src')
  if (!src) return undefined
  const url = absoluteUrl(src, story.url)
  const image = findImage(story, src) ?? findImage(story, url)
  const figcaption = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i.exec(html)?.[1]
  const caption = (figcaption && plainText(figcaption)) || image?.caption || undefined
  if (!image) return { type: 'image', url, ...(caption ? { caption } : {}) }
  const choice = pickZaloImage(image)
  // validate() reports an image Zalo cannot take; the article goes without it rather than fail.
  if (!choice.ok) return undefined
  return { type: 'image', url: choice.file.url, ...(caption ? { caption } : {}) }
}

/** The body HTML cut into text items between its figures, which become image items. */
export function bodyItems(story: PublicStory): ZaloBodyItem[] {
  const items: ZaloBodyItem[] = []
  const pushText = (html: string) => {
    const content = html.trim()
    if (content && plainText(content)) items.push({ type: 'text', content })
  }
  const media = /<figure\b[\s\S]*?<\/figure>|<img\b[^>]*>/gi
  let last = 0
  for (const match of story.bodyHtml.matchAll(media)) {
    pushText(story.bodyHtml.slice(last, match.index))
    const item = imageItem(story, match[0])
    if (item) items.push(item)
    last = match.index + match[0].length
  }
  pushText(story.bodyHtml.slice(last))
  return items
}

/** Corrections and the AI-use label travel with the story wherever it goes. */
function closingItems(story: PublicStory): ZaloBodyItem[] {
  const paragraphs = story.corrections
    .filter((correction) => correction.note.trim())
    .map((correction) => `<p><em>Đính chính: ${escapeHtml(correction.note.trim())}</em></p>`)
  if (story.aiLabel?.trim()) paragraphs.push(`<p><em>${escapeHtml(story.aiLabel.trim())}</em></p>`)
  return paragraphs.length ? [{ type: 'text', content: paragraphs.join('') }] : []
}

/** The article to create or update. Expects a story validate() passed (a cover Zalo takes). */
export function buildZaloArticle(
  story: PublicStory,
  target: TargetConfig,
  media: ArticleMedia = {},
): ZaloArticle {
  const cover = story.featuredImage && pickZaloImage(story.featuredImage)
  if (!cover?.ok) throw new Error('buildZaloArticle: the story has no cover Zalo accepts (validate first)')
  const description = fitDescription(descriptionSource(story).text)
  const body: ZaloBodyItem[] = []
  if (media.videoId) {
    const thumb = story.video?.poster?.url ?? cover.file.url
    body.push({ type: 'video', video_id: media.videoId, thumb })
  }
  body.push(...bodyItems(story), ...closingItems(story))
  if (!body.length)
    body.push({ type: 'text', content: `<p>${escapeHtml(story.standfirst || story.headline)}</p>` })
  return {
    type: 'normal',
    title: story.headline.trim().normalize('NFC'),
    author: resolveAuthor(story, target),
    description: description.ok ? description.text : '',
    cover: { cover_type: 'photo', photo_url: cover.file.url, status: 'show' },
    body,
    status: 'show',
    comment: 'show',
  }
}

/** An article as getslice lists it (only the fields we read). */
export type ZaloListedArticle = { id: string; title?: string; create_date?: number | string }

function createdAtMs(value: number | string | undefined): number | undefined {
  const number = Number(value)
  if (value === undefined || value === '' || !Number.isFinite(number)) return undefined
  // Zalo lists creation in milliseconds; a value in seconds is taken as such.
  return number < 1e12 ? number * 1000 : number
}

/**
 * The article an earlier attempt created but never recorded (the worker died between create and
 * saving its token): same title, created no earlier than `notBefore`, not a copy we know of.
 */
export function findOrphanArticle(
  listed: ZaloListedArticle[],
  options: { title: string; notBefore: number; excludeIds?: string[] },
): ZaloListedArticle | undefined {
  const title = options.title.trim().normalize('NFC')
  return listed.find((article) => {
    if (options.excludeIds?.includes(String(article.id))) return false
    if ((article.title ?? '').trim().normalize('NFC') !== title) return false
    const created = createdAtMs(article.create_date)
    // An article without a creation time cannot be told apart from an old one of the same title.
    return created !== undefined && created >= options.notBefore
  })
}
