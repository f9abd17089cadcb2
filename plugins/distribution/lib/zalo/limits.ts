/**
 * What a Zalo OA article may carry, checked before anything is sent. The limits are the ones
 * third parties report (Zalo publishes none), so they are kept conservative: a megabyte here is
 * 1 000 000 bytes, never 1 048 576, so a file we accept cannot be refused for being "just over".
 */
import type { ContentProblem, PublicFile, PublicImage, PublicStory, TargetConfig } from '../../types'

export const TITLE_MAX_CHARS = 150
export const AUTHOR_MAX_CHARS = 50
export const DESCRIPTION_MAX_CHARS = 300
export const IMAGE_MAX_BYTES = 1_000_000
export const VIDEO_MAX_BYTES = 50_000_000
/** Zalo takes JPG and PNG photos; WebP renditions are useless to it. */
export const ZALO_IMAGE_TYPES = ['image/jpeg', 'image/png'] as const

/**
 * A cut description keeps at least this share of the limit: cutting a 320-character standfirst
 * whose only space is at character 40 would leave a stub, so that case is a problem instead.
 */
const MIN_CUT_SHARE = 0.6

/** Characters as Zalo counts them for its limits: NFC code points (one per Vietnamese letter). */
export function countChars(text: string): number {
  return [...text.normalize('NFC')].length
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000)
    return `${(bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('vi-VN')} KB`
}

export type ImageChoice =
  | { ok: true; file: PublicFile }
  | { ok: false; reason: 'tooLarge' | 'onlyWebp' | 'unsupportedType'; smallestBytes: number }

function isZaloType(file: PublicFile): boolean {
  return (ZALO_IMAGE_TYPES as readonly string[]).includes(file.mimeType.toLowerCase())
}

/**
 * The best file of an image Zalo will take: the largest JPG/PNG (original or rendition) of known
 * size ≤ 1 MB; failing that, a JPG/PNG of unknown size (the platform will judge), original first.
 */
export function pickZaloImage(image: PublicImage): ImageChoice {
  const candidates: PublicFile[] = [image, ...image.renditions]
  const fitting = candidates
    .filter((file) => isZaloType(file) && file.bytes > 0 && file.bytes <= IMAGE_MAX_BYTES)
    .sort((a, b) => b.bytes - a.bytes)
  if (fitting[0]) return { ok: true, file: fitting[0] }
  const unknownSize = candidates.find((file) => isZaloType(file) && file.bytes === 0)
  if (unknownSize) return { ok: true, file: unknownSize }

  const known = candidates.filter((file) => file.bytes > 0)
  const smallestBytes = known.length ? Math.min(...known.map((file) => file.bytes)) : 0
  const smallWebp = candidates.some(
    (file) => file.mimeType.toLowerCase() === 'image/webp' && file.bytes <= IMAGE_MAX_BYTES,
  )
  if (smallWebp) return { ok: false, reason: 'onlyWebp', smallestBytes }
  if (!candidates.some(isZaloType)) return { ok: false, reason: 'unsupportedType', smallestBytes }
  return { ok: false, reason: 'tooLarge', smallestBytes }
}

function imageProblem(field: string, what: string, image: PublicImage): ContentProblem | undefined {
  const choice = pickZaloImage(image)
  if (choice.ok) return undefined
  const size = formatBytes(image.bytes || choice.smallestBytes)
  const max = formatBytes(IMAGE_MAX_BYTES)
  const message =
    choice.reason === 'onlyWebp'
      ? `${what} chỉ có bản WebP dưới ${max}; Zalo chỉ nhận ảnh JPG/PNG. Cần tạo lại bản JPG nhỏ hơn (only WebP renditions fit; Zalo takes JPG/PNG).`
      : choice.reason === 'unsupportedType'
        ? `${what} có định dạng ${image.mimeType}; Zalo chỉ nhận ảnh JPG/PNG (unsupported image type).`
        : `${what} nặng ${size} và không có bản JPG/PNG nào dưới ${max}; Zalo chỉ nhận ảnh tối đa ${max} (image over ${max}).`
  return { field, message }
}

export type DescriptionFit = { ok: true; text: string; cut: boolean } | { ok: false; chars: number }

/**
 * Decision: a description over 300 characters is cut, not refused, when it can be cut cleanly —
 * at the last space before the limit, keeping at least 60% of it — and ends with '…'. A text with
 * no such space (one endless word, a URL) is a problem for the editor. Titles are never cut.
 */
export function fitDescription(raw: string, max = DESCRIPTION_MAX_CHARS): DescriptionFit {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim()
  const chars = [...text]
  if (chars.length <= max) return { ok: true, text, cut: false }
  const head = chars.slice(0, max - 1).join('')
  const space = head.lastIndexOf(' ')
  if (space < 0 || countChars(head.slice(0, space)) < max * MIN_CUT_SHARE)
    return { ok: false, chars: chars.length }
  const kept = head.slice(0, space).replace(/[\s,;:.–—-]+$/u, '')
  return { ok: true, text: `${kept}…`, cut: true }
}

/** Where the article's description comes from: the standfirst, else the SEO text, else the body. */
export function descriptionSource(story: PublicStory): { field: string; text: string } {
  if (story.standfirst.trim()) return { field: 'standfirst', text: story.standfirst }
  if (story.seoDescription?.trim()) return { field: 'seoDescription', text: story.seoDescription }
  return { field: 'bodyText', text: story.bodyText }
}

/** The article's author: the target's `settings.author`, else the first byline, else the target's name. */
export function resolveAuthor(story: PublicStory, target: TargetConfig): string {
  const configured = target.settings.author
  if (typeof configured === 'string' && configured.trim()) return configured.trim().normalize('NFC')
  const byline = story.bylines.find((entry) => entry.name.trim())
  return (byline?.name ?? target.name).trim().normalize('NFC')
}

export function validateZaloStory(story: PublicStory, target: TargetConfig): ContentProblem[] {
  const problems: ContentProblem[] = []
  const title = story.headline.trim()
  const titleChars = countChars(title)
  if (!title) problems.push({ field: 'headline', message: 'Tin bài chưa có tiêu đề (title missing).' })
  else if (titleChars > TITLE_MAX_CHARS) {
    problems.push({
      field: 'headline',
      message: `Tiêu đề dài ${titleChars} ký tự, Zalo chỉ nhận tối đa ${TITLE_MAX_CHARS} (title too long for Zalo).`,
    })
  }

  const author = resolveAuthor(story, target)
  const authorChars = countChars(author)
  if (authorChars > AUTHOR_MAX_CHARS) {
    problems.push({
      field: 'bylines',
      message:
        `Tên tác giả «${author}» dài ${authorChars} ký tự, Zalo chỉ nhận tối đa ${AUTHOR_MAX_CHARS}; ` +
        'sửa bút danh hoặc đặt settings.author cho đích Zalo (author too long).',
    })
  }

  const source = descriptionSource(story)
  const description = fitDescription(source.text)
  if (!description.ok) {
    problems.push({
      field: source.field,
      message:
        `Mô tả (sapo) dài ${description.chars} ký tự, Zalo chỉ nhận tối đa ${DESCRIPTION_MAX_CHARS} và không cắt gọn được ` +
        'ở ranh giới từ (description too long, no clean cut).',
    })
  } else if (!description.text) {
    problems.push({
      field: 'standfirst',
      message: 'Zalo cần mô tả (sapo) cho bài viết (description missing).',
    })
  }

  if (!story.featuredImage) {
    problems.push({
      field: 'featuredImage',
      message:
        'Zalo cần ảnh đại diện (ảnh bìa) cho bài viết; tin bài chưa có ảnh đại diện (cover image required).',
    })
  } else {
    const problem = imageProblem('featuredImage', 'Ảnh đại diện', story.featuredImage)
    if (problem) problems.push(problem)
  }
  story.images.forEach((image, index) => {
    const problem = imageProblem(
      `images.${index}`,
      `Ảnh trong bài «${image.caption || image.alt || image.id}»`,
      image,
    )
    if (problem) problems.push(problem)
  })

  const video = story.video
  if (video) {
    if (video.bytes > VIDEO_MAX_BYTES) {
      problems.push({
        field: 'video',
        message: `Video nặng ${formatBytes(video.bytes)}, Zalo chỉ nhận tối đa ${formatBytes(VIDEO_MAX_BYTES)} (video too large).`,
      })
    }
    if (!video.key) {
      problems.push({
        field: 'video',
        message: 'Video không có tệp lưu trữ để tải lên Zalo (video has no stored file).',
      })
    }
  }
  return problems
}
