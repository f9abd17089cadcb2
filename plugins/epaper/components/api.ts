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

export class ApiError extends Error {
  readonly status: number
  constructor(message: string, status: number) {
    super(message)
    this.name = 'ApiError'
    this.status = status
  }
}

/** JSON over the admin's cookie; a refusal throws the server's Vietnamese message. */
export async function requestJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    throw new ApiError(
      body?.errors?.[0]?.message ?? body?.message ?? `HTTP ${response.status}`,
      response.status,
    )
  }
  return body as T
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export const storyIdOf = (story: ZoneRow['story']): Id => (typeof story === 'object' ? story.id : story)

/** Where the reader serves a page image; staff see unpublished editions there too. */
export const pageImageURL = (editionId: Id, page: number, size: 'thumb' | 'screen') =>
  `/epaper/${encodeURIComponent(String(editionId))}/pages/${page}/${size}.webp`
