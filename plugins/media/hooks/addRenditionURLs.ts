import type { CollectionAfterReadHook } from 'payload'

import type { MediaRuntime } from '../lib/context'
import { renditionPath } from '../lib/keys'
import { signPath } from '../lib/signedUrl'

type Rendition = { name: string; key: string; url?: string }
type MediaDoc = {
  id: number | string
  restricted?: boolean | null
  rightsExpiry?: string | null
  rightsExpired?: boolean
  renditions?: Rendition[] | null
}

export function isRightsExpired(rightsExpiry: string | null | undefined, now = Date.now()): boolean {
  return Boolean(rightsExpiry) && new Date(rightsExpiry as string).getTime() < now
}

/**
 * Gives every rendition its URL and flags expired rights on every read, so the flag follows the
 * asset wherever it is populated (a story's featured image, a feed, the admin). Restricted assets
 * get signed URLs that expire: a presigned bucket URL on S3, our own signature on local disk.
 */
export const addRenditionURLs =
  (runtime: MediaRuntime): CollectionAfterReadHook =>
  async ({ doc }) => {
    const media = doc as MediaDoc
    media.rightsExpired = isRightsExpired(media.rightsExpiry)
    if (!Array.isArray(media.renditions)) return doc
    const expiresAt = new Date(Date.now() + runtime.signedURLSeconds * 1000)
    for (const rendition of media.renditions) {
      const route = renditionPath(media.id, rendition.name)
      if (!media.restricted) {
        rendition.url = `${runtime.serverURL}${route}`
        continue
      }
      const presigned = await runtime.storage.presignedURL(rendition.key, runtime.signedURLSeconds)
      rendition.url = presigned ?? `${runtime.serverURL}${signPath(route, runtime.signingSecret, expiresAt)}`
    }
    return doc
  }
