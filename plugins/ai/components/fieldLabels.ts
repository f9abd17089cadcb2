import type { TextFieldPath } from '../lib/storyFields'
import type { TagKind } from '../types'
import type { Bilingual } from './api'

/** Names of the story fields a suggestion can go into, as the story form labels them. */
export const FIELD_LABELS: Record<TextFieldPath, Bilingual> = {
  headline: { vi: 'Tít chính', en: 'Headline' },
  standfirst: { vi: 'Sapo', en: 'Standfirst' },
  body: { vi: 'Nội dung', en: 'Body' },
  'web.headline': { vi: 'Tít web', en: 'Web headline' },
  'web.seoDescription': { vi: 'Mô tả SEO', en: 'SEO description' },
  'print.headline': { vi: 'Tít báo in', en: 'Print headline' },
  'print.text': { vi: 'Bản báo in', en: 'Print text' },
  'radio.script': { vi: 'Lời đọc phát thanh', en: 'Radio script' },
  'tv.script': { vi: 'Kịch bản truyền hình', en: 'TV script' },
  'tv.shotList': { vi: 'Danh sách cảnh quay', en: 'Shot list' },
  'social.text': { vi: 'Bài mạng xã hội', en: 'Social post' },
}

/** Provenance of tags is recorded under the tag fields, not a text field. */
const OTHER_FIELDS: Record<string, Bilingual> = {
  topics: { vi: 'Chủ đề', en: 'Topics' },
  places: { vi: 'Địa danh', en: 'Places' },
  people: { vi: 'Nhân vật', en: 'People' },
  organisations: { vi: 'Tổ chức', en: 'Organisations' },
}

export const TAG_KIND_LABELS: Record<TagKind, Bilingual> = {
  topic: { vi: 'Chủ đề', en: 'Topics' },
  place: { vi: 'Địa danh', en: 'Places' },
  person: { vi: 'Nhân vật', en: 'People' },
  organisation: { vi: 'Tổ chức', en: 'Organisations' },
}

/** The label of a field path; an unknown path is shown as it is rather than hidden. */
export function fieldLabel(path: string | null | undefined, en: boolean): string {
  if (!path) return ''
  const label = FIELD_LABELS[path as TextFieldPath] ?? OTHER_FIELDS[path]
  return label ? label[en ? 'en' : 'vi'] : path
}
