import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'

import type { MediaStorage, StoredObject } from '../../types'

/** An S3-compatible bucket (AWS, MinIO, Ceph/domestic clouds, s3rver in tests). */
export type S3Settings = {
  /** http(s) URL of the S3 API, e.g. https://s3.example.vn or http://minio:9000 */
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** Defaults to us-east-1, which MinIO and most non-AWS services accept. */
  region?: string
  /** Defaults to true: bucket in the path, not the host name. */
  forcePathStyle?: boolean
}

/** A MediaStorage on S3, plus the client so callers can share it and release its sockets. */
export interface S3MediaStorage extends MediaStorage {
  readonly kind: 's3'
  readonly client: S3Client
  readonly bucket: string
  /** Closes the client's keep-alive sockets (tests, graceful shutdown). */
  destroy(): void
}

// Upload buffers up to queueSize × partSize in memory, so 16 MiB × 2 keeps a worker around
// 50 MB however big the video; 16 MiB × 10 000 parts still allows 160 GB objects.
const PART_SIZE = 16 * 1024 * 1024
const QUEUE_SIZE = 2
const DELETE_BATCH = 1000

/**
 * Client options shared by our storage and @payloadcms/storage-s3, so both talk to the bucket
 * the same way.
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    endpoint: settings.endpoint,
    region: settings.region || 'us-east-1',
    // MinIO, s3rver and Ceph-based clouds rarely have wildcard DNS for bucket sub-domains.
    forcePathStyle: settings.forcePathStyle ?? true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Since SDK 3.729 uploads default to aws-chunked bodies with CRC32 trailers, which
    // s3rver stores verbatim and several S3-compatible services reject; send checksums only
    // where the API demands them (DeleteObjects).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

/**
 * `attachment; filename="anh-Da-Nang.webp"; filename*=UTF-8''%E1%BA%A3nh-%C4%90%C3%A0-N%E1%BA%B5ng.webp`
 * The quoted ASCII name is for old clients; everyone else reads the RFC 5987 form, so
 * Vietnamese names survive without putting non-ASCII bytes in a header.
 */
export function attachmentContentDisposition(filename: string): string {
  const name = path.posix.basename(filename.replace(/\\/g, '/')) || 'download'
  const ascii =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\%]/g, '_') || 'download'
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

export function createS3Storage(settings: S3Settings): S3MediaStorage {
  const client = new S3Client(s3ClientConfig(settings))
  const Bucket = settings.bucket

  async function getObject(key: string, range?: { start: number; end: number }) {
    try {
      return await client.send(
        new GetObjectCommand({ Bucket, Key: key, Range: range && `bytes=${range.start}-${range.end}` }),
      )
    } catch (error) {
      if (isNotFound(error)) throw notFoundError(key, error)
      if (statusOf(error) === 416) throw rangeError(key, range, error)
      throw error
    }
  }

  return {
    kind: 's3',
    client,
    bucket: Bucket,

    async upload(key, sourcePath, contentType) {
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: createReadStream(sourcePath), ContentType: contentType },
        partSize: PART_SIZE,
        queueSize: QUEUE_SIZE,
        // A failed multipart upload is aborted so its parts do not linger (and cost) in the bucket.
        leavePartsOnError: false,
      })
      await upload.done()
    },

    async download(key, destinationPath) {
      const object = await getObject(key)
      await mkdir(path.dirname(destinationPath), { recursive: true })
      const partial = `${destinationPath}.${randomUUID()}.partial`
      try {
        await pipeline(bodyOf(object.Body), createWriteStream(partial))
        await rename(partial, destinationPath)
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      }
    },

    async read(key, range) {
      if (range) assertRange(range)
      const object = await getObject(key, range)
      let body = bodyOf(object.Body)
      let size = object.ContentLength ?? 0
      if (range) {
        let wanted: ReturnType<typeof trimToRange>
        try {
          wanted = trimToRange(object.ContentRange, range, size)
        } catch (error) {
          body.destroy()
          throw error
        }
        if (wanted) {
          // Some S3-compatible servers ignore Range (200, whole object) or stretch it
          // (s3rver answers bytes=0-0 with everything); cut the stream to what was asked.
          body = sliceStream(body, wanted.skip, wanted.length)
          size = wanted.length
        }
      }
      const result: StoredObject = { body, size }
      if (object.ContentType) result.contentType = object.ContentType
      return result
    },

    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }))
        return true
      } catch (error) {
        if (isNotFound(error)) return false
        throw error
      }
    },

    async remove(keys) {
      const unique = [...new Set(keys)]
      for (let i = 0; i < unique.length; i += DELETE_BATCH) {
        const batch = unique.slice(i, i + DELETE_BATCH)
        const result = await client.send(
          new DeleteObjectsCommand({
            Bucket,
            Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
          }),
        )
        const failures = (result.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey')
        if (failures.length) {
          const detail = failures.map((e) => `${e.Key}: ${e.Code} ${e.Message ?? ''}`.trim()).join('; ')
          throw new Error(`S3 could not delete ${failures.length} object(s) from ${Bucket}: ${detail}`)
        }
      }
    },

    async list(prefix) {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }),
        )
        for (const object of page.Contents ?? []) {
          // Folder markers made by consoles ("renditions/12/") are not objects we wrote.
          if (object.Key && !object.Key.endsWith('/')) keys.push(object.Key)
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return keys.sort()
    },

    async presignedURL(key, expiresInSeconds, downloadName) {
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentDisposition: downloadName ? attachmentContentDisposition(downloadName) : undefined,
      })
      return getSignedUrl(client, command, { expiresIn: Math.max(1, Math.round(expiresInSeconds)) })
    },

    destroy() {
      client.destroy()
    },
  }
}

function bodyOf(body: unknown): Readable {
  if (body instanceof Readable) return body
  throw new Error('S3 returned a body that is not a Node.js stream')
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(error) === 404
}

function notFoundError(key: string, cause: unknown): Error {
  return Object.assign(new Error(`No stored object "${key}"`, { cause }), { code: 'ENOENT' })
}

function rangeError(key: string, range: { start: number; end: number } | undefined, cause?: unknown) {
  const asked = range ? `${range.start}-${range.end}` : '?'
  return Object.assign(new RangeError(`Range ${asked} is not satisfiable for "${key}"`, { cause }), {
    code: 'ERR_RANGE_NOT_SATISFIABLE',
  })
}

function assertRange(range: { start: number; end: number }) {
  const { start, end } = range
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw Object.assign(new RangeError(`Invalid byte range ${start}-${end}`), { code: 'ERR_INVALID_RANGE' })
  }
}

/** What to cut from the body the server sent, or undefined when it sent exactly the range. */
function trimToRange(
  contentRange: string | undefined,
  range: { start: number; end: number },
  bodyLength: number,
): { skip: number; length: number } | undefined {
  const sent = /^bytes (\d+)-(\d+)\//.exec(contentRange ?? '')
  const sentStart = sent ? Number(sent[1]) : 0
  const sentEnd = sent ? Number(sent[2]) : bodyLength - 1
  if (sentStart > range.start) throw new Error(`S3 answered range ${range.start}- with ${contentRange}`)
  const skip = range.start - sentStart
  const length = Math.min(range.end, sentEnd) - range.start + 1
  return skip === 0 && length === bodyLength ? undefined : { skip, length: Math.max(0, length) }
}

function sliceStream(source: Readable, skip: number, length: number): Readable {
  async function* slice() {
    let toSkip = skip
    let left = length
    // Returning early closes the source, so an ignored Range does not download the rest.
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (left <= 0) return
      let piece = chunk
      if (toSkip > 0) {
        const dropped = Math.min(toSkip, piece.length)
        piece = piece.subarray(dropped)
        toSkip -= dropped
      }
      if (piece.length > left) piece = piece.subarray(0, left)
      left -= piece.length
      if (piece.length) yield piece
      if (left <= 0) return
    }
  }
  return Readable.from(slice(), { objectMode: false })
}
