import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { UnrecoverableError } from 'bullmq'
import type { Payload } from 'payload'

import type { JobDefinition } from '../../jobs/types'
import type { MediaRuntime } from '../lib/context'
import { originalKey, renditionKey, renditionPrefix } from '../lib/keys'
import { hammingDistance, DUPLICATE_DISTANCE } from '../lib/perceptualHash'
import { processFile } from '../lib/processFile'
import { CorruptMediaError } from '../lib/probe'
import { MissingToolError } from '../lib/tools'
import type { MediaKind, ProcessedMedia, StoredRendition } from '../types'

/** Work folders of media jobs in the system's temp folder; a killed worker's are swept at start. */
export const WORK_DIR_PREFIX = 'toasoan-media-'

export type ProcessMediaData = { mediaId: number | string; generation: number }

type MediaDoc = {
  id: number | string
  filename?: string | null
  prefix?: string | null
  kind?: MediaKind | null
  mimeType?: string | null
  focalX?: number | null
  focalY?: number | null
  caption?: string | null
  credit?: string | null
  rights?: string | null
  processing?: { generation?: number | null; status?: string | null } | null
}

const quiet = { overrideAccess: true, depth: 0, context: { skipMediaProcessing: true, skipAudit: true } }

async function loadCurrent(payload: Payload, data: ProcessMediaData): Promise<MediaDoc | undefined> {
  const doc = (await payload
    .findByID({ collection: 'media', id: data.mediaId, ...quiet, disableErrors: true })
    .catch(() => null)) as MediaDoc | null
  // Deleted, or replaced by a newer file whose own job will do the work.
  if (!doc || (doc.processing?.generation ?? 0) !== data.generation) return undefined
  return doc
}

/** Permanent problems (a corrupt file, a missing tool) are not worth retrying. */
function isPermanent(error: unknown): boolean {
  return error instanceof CorruptMediaError || error instanceof MissingToolError
}

async function findDuplicates(payload: Payload, doc: MediaDoc, phash: string) {
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ phash: { exists: true } }, { id: { not_equals: doc.id } }] },
    select: { phash: true },
    pagination: false,
    ...quiet,
  })
  return docs
    .filter(
      (other) => typeof other.phash === 'string' && hammingDistance(other.phash, phash) <= DUPLICATE_DISTANCE,
    )
    .map((other) => other.id)
}

/** Fills caption, credit and rights from the file only where the newsroom left them empty. */
function embeddedDefaults(doc: MediaDoc, result: ProcessedMedia): Record<string, string> {
  const embedded = result.embedded
  if (!embedded) return {}
  const fill: Record<string, string> = {}
  const caption = embedded.caption ?? embedded.headline
  if (!doc.caption && caption) fill.caption = caption
  const credit = embedded.credit ?? embedded.creator
  if (!doc.credit && credit) fill.credit = credit
  if (!doc.rights && embedded.copyright) fill.rights = embedded.copyright
  return fill
}

export function processMediaJob(runtime: MediaRuntime): JobDefinition<ProcessMediaData> {
  return {
    queue: 'media',
    name: 'process',
    handler: async (data, { payload, job, signal }) => {
      const doc = await loadCurrent(payload, data)
      if (!doc) return { skipped: true }
      // Done already for this file (a duplicate job): doing it again would only flicker the status.
      if (doc.processing?.status === 'ready') return { skipped: true }
      await payload.update({
        collection: 'media',
        id: doc.id,
        data: {
          processing: {
            status: 'processing',
            generation: data.generation,
            attempts: job.attemptsMade + 1,
            startedAt: new Date().toISOString(),
            error: null,
          },
        } as never,
        ...quiet,
      })
      const workDir = await mkdtemp(path.join(tmpdir(), `${WORK_DIR_PREFIX}${doc.id}-`))
      try {
        const key = originalKey(doc)
        let input = path.join(workDir, `original${path.extname(doc.filename ?? '')}`)
        if (runtime.storage.kind === 'local' && runtime.localRoot) input = path.join(runtime.localRoot, key)
        else await runtime.storage.download(key, input)
        let result: ProcessedMedia
        try {
          result = await processFile(input, {
            kind: doc.kind ?? 'document',
            workDir,
            focalX: doc.focalX ?? 50,
            focalY: doc.focalY ?? 50,
            signal,
            threads: runtime.ffmpegThreads,
            maxPixels: runtime.maxPixels,
          })
        } catch (error) {
          if (isPermanent(error)) throw new UnrecoverableError((error as Error).message)
          throw error
        }
        // Deterministic keys: a retried job overwrites what a killed one wrote, never duplicates it.
        const renditions: StoredRendition[] = []
        for (const file of result.renditions) {
          const storedKey = renditionKey(doc.id, file.name, file.extension)
          await runtime.storage.upload(storedKey, file.path, file.mimeType)
          const { path: _local, ...rest } = file
          renditions.push({ ...rest, key: storedKey })
        }
        const wanted = new Set(renditions.map((r) => r.key))
        const stale = (await runtime.storage.list(renditionPrefix(doc.id))).filter((k) => !wanted.has(k))
        await runtime.storage.remove(stale)

        if (!(await loadCurrent(payload, data))) return { skipped: true }
        const duplicates = result.phash ? await findDuplicates(payload, doc, result.phash) : []
        const { width, height } = result.technical
        await payload.update({
          collection: 'media',
          id: doc.id,
          locale: 'vi',
          data: {
            ...embeddedDefaults(doc, result),
            kind: result.kind,
            ...(width && height && result.kind !== 'image' ? { width, height } : {}),
            technical: result.technical,
            embedded: result.embedded ?? null,
            waveform: result.waveform ?? null,
            phash: result.phash ?? null,
            possibleDuplicates: duplicates,
            renditions,
            processing: {
              status: 'ready',
              generation: data.generation,
              attempts: job.attemptsMade + 1,
              error: null,
              finishedAt: new Date().toISOString(),
            },
          } as never,
          ...quiet,
        })
        return { renditions: renditions.length, duplicates: duplicates.length }
      } finally {
        await rm(workDir, { recursive: true, force: true })
      }
    },
    onFailed: async (data, error, { payload, job }) => {
      if (!(await loadCurrent(payload, data))) return
      await payload.update({
        collection: 'media',
        id: data.mediaId,
        data: {
          processing: {
            status: 'failed',
            generation: data.generation,
            attempts: job.attemptsMade,
            error: error.message.slice(0, 1000),
            finishedAt: new Date().toISOString(),
          },
        } as never,
        ...quiet,
      })
    },
  }
}
