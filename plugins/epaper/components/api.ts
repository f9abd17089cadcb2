export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'
/** Shapes and calls of the e-paper REST API as the admin components use them. */

export type Id = number | string

export const EPAPER_ROLES = ['editor', 'deskChief', 'manager', 'admin'] as const
export const PUBLISH_ROLES = ['deskChief', 'manager', 'admin'] as const

export type EditionRow = {
  id: Id
  title?: string | null
  date?: string | null
  epaper?: {
    status?: 'none' | 'processing' | 'ready' | 'failed' | null
    error?: string | null
    pageCount?: number | null
    published?: boolean | null
    publishedAt?: string | null
  } | null
}

export type ZoneRow = {
  id?: string | null
  story: Id | { id: Id; headline?: string | null }
  x: number
  y: number
  w: number
  h: number
  source?: 'auto' | 'manual' | null
  score?: number | null
}

export type PageRow = {
  id: Id
  number: number
  widthPt?: number | null
  heightPt?: number | null
  zones?: ZoneRow[] | null
}

export type StoryOption = { id: Id; headline?: string | null }

export const storyIdOf = (story: ZoneRow['story']): Id => (typeof story === 'object' ? story.id : story)

/** Where the reader serves a page image; staff see unpublished editions there too. */
export const pageImageURL = (editionId: Id, page: number, size: 'thumb' | 'screen') =>
  `/epaper/${encodeURIComponent(String(editionId))}/pages/${page}/${size}.webp`
