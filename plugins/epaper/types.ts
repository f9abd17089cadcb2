import type { EpaperAccess } from '../../src/config/planningSettings'

export type { EpaperAccess } from '../../src/config/planningSettings'

export type EpaperPluginOptions = { access: EpaperAccess; serverURL: string }

export const EPAPER_PAGES_SLUG = 'epaper-pages'
export const SUBSCRIBERS_SLUG = 'subscribers'
export const EDITIONS_SLUG = 'editions'
export const PLACEMENTS_SLUG = 'placements'

/** The edition's e-paper state, kept in the `epaper` group the plugin adds to editions. */
export const EPAPER_STATUSES = ['none', 'processing', 'ready', 'failed'] as const
export type EpaperStatus = (typeof EPAPER_STATUSES)[number]

/** Widths of the page images: the list's and strip's thumbnails, the phone reader, the zoom. */
export const IMAGE_SIZES = { thumb: 240, screen: 1200, zoom: 2400 } as const
export type ImageSize = keyof typeof IMAGE_SIZES
export const IMAGE_FORMATS = ['webp', 'jpg'] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

/** A printed PDF larger than this is refused before it is stored (a 24-page broadsheet is ~100 MB). */
export const MAX_EPAPER_PDF_BYTES = 500 * 1024 * 1024
/** More pages than any newspaper prints: a guard against a wrong file (a book) swamping the worker. */
export const MAX_EPAPER_PAGES = 200

export type PageImage = {
  size: ImageSize
  format: ImageFormat
  key: string
  width: number
  height: number
  filesize: number
}

export type Zone = {
  id?: string | null
  story: number | string | { id: number | string }
  x: number
  y: number
  w: number
  h: number
  source?: 'auto' | 'manual' | null
  score?: number | null
}

export type EpaperPageDoc = {
  id: number | string
  edition: number | string | { id: number | string }
  number: number
  generation?: number | null
  widthPt?: number | null
  heightPt?: number | null
  images?: PageImage[] | null
  zones?: Zone[] | null
}

export type EditionEpaper = {
  status?: EpaperStatus | null
  error?: string | null
  pageCount?: number | null
  generation?: number | null
  fullGeneration?: number | null
  published?: boolean | null
  publishedAt?: string | null
  uploadedAt?: string | null
}

export type EditionDoc = {
  id: number | string
  title?: string | null
  number?: number | null
  date?: string | null
  publication?: number | string | { id: number | string; name?: string } | null
  epaper?: EditionEpaper | null
}
