import type { Readable } from 'node:stream'

export type MediaKind = 'image' | 'audio' | 'video' | 'document'

export type ProcessingStatus = 'pending' | 'processing' | 'ready' | 'failed'

/** One file the worker made from an original, stored beside it. */
export type RenditionFile = {
  /** Stable name: thumbnail, cardWebp, …, mp3, mp4, poster, preview. */
  name: string
  /** Where the worker wrote it (a temporary folder), before it is put in storage. */
  path: string
  mimeType: string
  extension: string
  filesize: number
  width?: number
  height?: number
  durationSeconds?: number
}

/** What a stored rendition looks like on the media document. */
export type StoredRendition = Omit<RenditionFile, 'path'> & { key: string }

/** Technical facts read from the original (ffprobe, pdfinfo, sharp). */
export type TechnicalMetadata = {
  width?: number
  height?: number
  durationSeconds?: number
  videoCodec?: string
  audioCodec?: string
  bitRate?: number
  sampleRate?: number
  channels?: number
  frameRate?: number
  pageCount?: number
  loudnessLUFS?: number
  format?: string
}

/** Caption, credit, copyright and date as the photographer's camera or agency wrote them. */
export type EmbeddedImageMetadata = {
  caption?: string
  headline?: string
  credit?: string
  creator?: string
  copyright?: string
  dateTaken?: string
  camera?: string
  keywords?: string[]
  hasGps: boolean
}

export type ProcessedMedia = {
  kind: MediaKind
  technical: TechnicalMetadata
  embedded?: EmbeddedImageMetadata
  renditions: RenditionFile[]
  /** Waveform peaks 0…1 for the admin's audio player. */
  waveform?: number[]
  /** 64-bit perceptual hash, 16 hex digits (images only). */
  phash?: string
}

export type StoredObject = { body: Readable; size: number; contentType?: string }

/** Where originals and renditions live: a folder under ./data or an S3-compatible bucket. */
export interface MediaStorage {
  readonly kind: 'local' | 's3'
  /** Copies a stored object to a local file (streamed, never held in memory). */
  download(key: string, destinationPath: string): Promise<void>
  /** Stores a local file under key (streamed; multipart for large files on S3). */
  upload(key: string, sourcePath: string, contentType: string): Promise<void>
  /** Opens a stored object for reading; `range` is inclusive byte offsets as in HTTP. */
  read(key: string, range?: { start: number; end: number }): Promise<StoredObject>
  exists(key: string): Promise<boolean>
  /** Deletes the keys; missing keys are not an error. */
  remove(keys: string[]): Promise<void>
  /** Keys under a prefix (used to find renditions no longer wanted). */
  list(prefix: string): Promise<string[]>
  /** A direct, expiring URL (S3 presigned GET) or undefined when the store has none (local). */
  presignedURL(key: string, expiresInSeconds: number, downloadName?: string): Promise<string | undefined>
}

export type MediaPluginOptions = {
  mediaDir: string
  serverURL: string
  /** S3-compatible bucket; local disk under mediaDir when absent. */
  s3?: import('../../src/config/s3Settings').S3Settings
  signingSecret: string
  signedURLSeconds: number
  maxPixels: number
  ffmpegThreads: number
}
