import type { ImageFormat, ImageSize } from '../types'

/**
 * Where the e-paper's files live in the media storage (local folder or bucket). Images carry the
 * upload's generation in their name: a new upload never overwrites the images a page document
 * still points to, so a failed run leaves the earlier pages whole.
 */

const id = (value: number | string) => encodeURIComponent(String(value))

export const editionPrefix = (editionId: number | string) => `epaper/${id(editionId)}/`

export const sourceKey = (editionId: number | string, page?: number) =>
  `${editionPrefix(editionId)}source${page ? `-p${page}` : ''}.pdf`

export const pagePrefix = (editionId: number | string, page: number) =>
  `${editionPrefix(editionId)}pages/${page}/`

export const imageKey = (
  editionId: number | string,
  page: number,
  generation: number,
  size: ImageSize,
  format: ImageFormat,
) => `${pagePrefix(editionId, page)}g${generation}-${size}.${format}`
