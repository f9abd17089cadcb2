import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Plugin } from 'payload'

import { withHooks } from '../../src/lib/withHooks'
import { defineJobs } from '../jobs/lib/registry'
import { assetRightsNotice, processingFields, processingPanel } from './fields'
import { addRenditionURLs } from './hooks/addRenditionURLs'
import { enqueueMediaProcessing } from './hooks/enqueueMediaProcessing'
import { markForProcessing } from './hooks/markForProcessing'
import { refuseExpiredAssets } from './hooks/refuseExpiredAssets'
import { removeRenditions } from './hooks/removeRenditions'
import { validateUpload } from './hooks/validateUpload'
import { reprocessMedia } from './endpoints/reprocessMedia'
import { serveRendition } from './endpoints/serveRendition'
import { processMediaJob } from './jobs/processMedia'
import type { MediaRuntime } from './lib/context'
import { renditionPath } from './lib/keys'
import { createMediaStorage } from './lib/storage'
import { s3ClientConfig } from './lib/storage/s3'
import type { MediaPluginOptions } from './types'

export type { MediaPluginOptions } from './types'

/**
 * The shared media library's processing: uploads are checked in the request and processed by the
 * worker (renditions, transcodes, waveform, PDF preview, embedded captions, duplicate detection),
 * stored on local disk or S3 beside the originals; expired rights keep an asset out of new stories.
 */
export const mediaPlugin =
  (options: MediaPluginOptions): Plugin =>
  (config: Config): Config | Promise<Config> => {
    const media = config.collections?.find((c) => c.slug === 'media')
    if (!media?.upload) throw new Error('The media plugin needs the `media` upload collection.')
    const upload = typeof media.upload === 'object' ? media.upload : {}
    const localRoot = upload.staticDir ?? path.join(options.mediaDir, 'files')
    const runtime: MediaRuntime = {
      storage: createMediaStorage({ s3: options.s3, localRoot }),
      localRoot: options.s3 ? undefined : localRoot,
      serverURL: options.serverURL,
      signingSecret: options.signingSecret,
      signedURLSeconds: options.signedURLSeconds,
      maxPixels: options.maxPixels,
      ffmpegThreads: options.ffmpegThreads,
    }

    const processed: CollectionConfig = withHooks(
      {
        ...media,
        upload: {
          ...upload,
          staticDir: localRoot,
          adminThumbnail: ({ doc }) => {
            const renditions = (doc.renditions ?? []) as Array<{ name: string }>
            const thumb =
              renditions.find((r) => r.name === 'thumbnail') ?? renditions.find((r) => r.name === 'poster')
            return thumb ? renditionPath(doc.id as string, thumb.name) : null
          },
        },
        endpoints: [...(media.endpoints || []), serveRendition(runtime), reprocessMedia],
        fields: [processingPanel, ...media.fields, ...processingFields],
      },
      {
        beforeOperation: [validateUpload(options.maxPixels)],
        beforeChange: [markForProcessing],
        afterChange: [enqueueMediaProcessing],
        afterRead: [addRenditionURLs(runtime)],
        afterDelete: [removeRenditions(runtime)],
      },
    )
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug === 'media') return processed
      if (collection.slug === 'stories') {
        const stories = withHooks(collection, { beforeChange: [refuseExpiredAssets] })
        return { ...stories, fields: [assetRightsNotice, ...stories.fields] }
      }
      return collection
    })
    // Other plugins read stored files (a Zalo video upload, a bulletin's recording) through it.
    const next: Config = {
      ...config,
      collections,
      custom: { ...config.custom, mediaStorage: runtime.storage },
    }
    defineJobs(next, [processMediaJob(runtime) as never])
    // Applied with or without a bucket so the media table has the same columns (prefix, _objectKey)
    // either way; with one, originals stream from the upload's temp file to the bucket.
    return s3Storage({
      enabled: Boolean(options.s3),
      alwaysInsertFields: true,
      bucket: options.s3?.bucket ?? 'media',
      config: options.s3 ? s3ClientConfig(options.s3) : {},
      // Proxied through Payload so the media read rules apply to every original.
      collections: { media: { signedDownloads: false } },
    })(next)
  }
