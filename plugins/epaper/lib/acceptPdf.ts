import { open } from 'node:fs/promises'

import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { enqueueJob } from '../../jobs'
import { readPdfInfo } from '../../media/lib/pdf'
import { CorruptMediaError, MissingToolError } from '../../media/lib/tools'
import { RASTERISE_JOB, type RasteriseData } from '../jobs/rasteriseEpaper'
import { MAX_EPAPER_PAGES, type EditionDoc } from '../types'
import { storageOf, writeEditionEpaper } from './editions'
import { sourceKey } from './keys'
import { checkAspect } from './render'

/**
 * Taking in the printed PDF of an edition, shared by the upload endpoint and the demo seed: check
 * the file, store it, mark the edition processing and queue the rasterise job.
 */

/** A PDF the e-paper will not take, with the HTTP status the upload answers. */
export class PdfRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

async function isPdf(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(1024)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    // The specification lets the header sit anywhere in the first 1024 bytes.
    return head.subarray(0, bytesRead).includes('%PDF-')
  } finally {
    await handle.close()
  }
}

/** Everything about the file that can be checked before anything is stored. */
export async function checkEpaperPdf(file: string, name: string, page: number | undefined) {
  if (!(await isPdf(file))) {
    throw new PdfRefusal(400, `Tệp "${name}" không phải là tệp PDF (thiếu phần đầu %PDF-).`)
  }
  let info
  try {
    info = await readPdfInfo(file, { timeoutMs: 30_000 })
  } catch (error) {
    if (error instanceof CorruptMediaError) throw new PdfRefusal(400, `Tệp "${name}": ${error.message}`)
    if (error instanceof MissingToolError) throw new PdfRefusal(503, error.message)
    throw error
  }
  if (info.pageCount < 1) throw new PdfRefusal(400, `Tệp "${name}": Tệp PDF không có trang nào.`)
  if (info.pageCount > MAX_EPAPER_PAGES) {
    throw new PdfRefusal(
      400,
      `Tệp "${name}" có ${info.pageCount} trang, quá ${MAX_EPAPER_PAGES} trang một số báo.`,
    )
  }
  if (page && info.pageCount !== 1) {
    throw new PdfRefusal(
      400,
      `Tải riêng trang ${page} cần tệp PDF có đúng 1 trang; tệp "${name}" có ${info.pageCount} trang.`,
    )
  }
  if (info.pageWidth && info.pageHeight) {
    try {
      checkAspect(info.pageWidth, info.pageHeight, 1)
    } catch (error) {
      throw new PdfRefusal(400, (error as Error).message)
    }
  }
  return info
}

export type AcceptPdfOptions = {
  /** The file on disk (it is copied to the media storage, not moved). */
  file: string
  /** The name the uploader gave it, for messages. */
  name: string
  /** A single-page PDF for this page of the edition; else the whole edition. */
  page?: number
  /** Publish the e-paper in the reader as soon as this upload's pages are ready (the demo seed). */
  publishWhenReady?: boolean
}

export type AcceptedPdf = { generation: number; pages: number; key: string }

/**
 * Checks the PDF (throws PdfRefusal before anything is stored), stores it, then in one transaction
 * marks the edition processing under a new generation and writes the outbox row of the job. If
 * that transaction fails, the stored PDF is removed again.
 */
export async function acceptEpaperPdf(
  req: PayloadRequest,
  edition: EditionDoc,
  options: AcceptPdfOptions,
): Promise<AcceptedPdf> {
  const { file, name, page } = options
  const info = await checkEpaperPdf(file, name, page)
  const storage = storageOf(req.payload)
  const key = sourceKey(edition.id, page)
  const before = edition.epaper ?? {}
  const generation = (before.generation ?? 0) + 1
  await storage.upload(key, file, 'application/pdf')
  const shouldCommit = await initTransaction(req)
  try {
    await writeEditionEpaper(
      req.payload,
      edition.id,
      {
        status: 'processing',
        error: null,
        generation,
        fullGeneration: page ? (before.fullGeneration ?? 0) : generation,
        uploadedAt: new Date().toISOString(),
      },
      req,
    )
    const data: RasteriseData = {
      editionId: edition.id,
      generation,
      key,
      ...(page ? { page } : {}),
      ...(options.publishWhenReady ? { publish: true } : {}),
    }
    await enqueueJob(req, { queue: 'media', name: RASTERISE_JOB, data })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    await storage.remove([key]).catch(() => undefined)
    throw error
  }
  return { generation, pages: info.pageCount, key }
}
