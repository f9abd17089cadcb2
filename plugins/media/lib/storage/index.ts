import type { MediaStorage } from '../../types'
import { createLocalStorage } from './local'
import { createS3Storage, type S3Settings } from './s3'

export { contentTypeForKey, createLocalStorage } from './local'
export { attachmentContentDisposition, createS3Storage, s3ClientConfig } from './s3'
export type { S3MediaStorage, S3Settings } from './s3'

/**
 * The bucket when one is configured, otherwise the folder Payload already uses as the media
 * collection's staticDir (originals by filename, renditions under renditions/<id>/).
 */
export function createMediaStorage(settings: { s3?: S3Settings; localRoot: string }): MediaStorage {
  return settings.s3 ? createS3Storage(settings.s3) : createLocalStorage(settings.localRoot)
}
