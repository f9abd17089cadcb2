import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { UnrecoverableError } from 'bullmq'
import type { Payload } from 'payload'

import type { JobDefinition } from '../../jobs/types'
import { readPdfInfo } from '../../media/lib/pdf'
import { CorruptMediaError, MissingToolError } from '../../media/lib/tools'
import type { MediaStorage } from '../../media/types'
import { compactBlocks, parseBboxLayout } from '../lib/bbox'
import { candidateLoader } from '../lib/candidates'
import { loadEdition, storageOf, superseded, writeEditionEpaper } from '../lib/editions'
import { countPages, removePagesAfter, savePage } from '../lib/pages'
import { PdftotextError, pdftotextBbox } from '../lib/pdftotext'
import { checkAspect, renderPage } from '../lib/render'
import { proposeZones, type StoryText } from '../lib/zones'
import type { EditionDoc } from '../types'

export const RASTERISE_JOB = 'epaper.rasterise'

export type RasteriseData = {
  editionId: number | string
  /** The upload's number on the edition (`epaper.generation` when it was queued). */
  generation: number
  /** The stored PDF. */
  key: string
  /** A single-page upload: the page of the edition its only page becomes. */
  page?: number
  /** Put the edition in the reader once this upload's pages are ready (the demo seed asks so). */
  publish?: boolean
}

/** Work folders in the system's temp folder, one per job run. */
export const WORK_DIR_PREFIX = 'toasoan-epaper-'

/** Problems of the file itself (or a missing tool): retrying the same PDF would fail the same way. */
function isPermanent(error: unknown): boolean {
  return (
    error instanceof CorruptMediaError ||
    error instanceof MissingToolError ||
    (error instanceof PdftotextError && error.permanent)
  )
}

const editionTitle = (edition: EditionDoc) =>
  edition.title || (edition.number ? `Số ${edition.number}` : `Số báo ${edition.id}`)

async function downloadSource(storage: MediaStorage, key: string, target: string) {
  try {
    await storage.download(key, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CorruptMediaError('Tệp PDF đã tải lên không còn trong kho lưu trữ; hãy tải lên lại.')
    }
    throw error
  }
}

type PageRun = {
  payload: Payload
  storage: MediaStorage
  input: string
  workDir: string
  signal: AbortSignal
}

async function processPage(
  run: PageRun,
  edition: EditionDoc,
  data: RasteriseData,
  number: number,
  pdfPage: number,
  candidates: (page: number) => Promise<StoryText[]>,
) {
  const [layout] = parseBboxLayout(await pdftotextBbox(run.input, pdfPage, { signal: run.signal }))
  if (!layout) throw new CorruptMediaError(`Không đọc được khổ trang ${number} của tệp PDF.`)
  checkAspect(layout.widthPt, layout.heightPt, number)
  const images = await renderPage(run.input, pdfPage, run.workDir, run.signal)
  const proposals = proposeZones(layout.blocks, await candidates(number))
  const outcome = await savePage(run.payload, run.storage, {
    editionId: edition.id,
    editionTitle: editionTitle(edition),
    number,
    generation: data.generation,
    widthPt: layout.widthPt,
    heightPt: layout.heightPt,
    blocks: compactBlocks(layout.blocks),
    images,
    proposals,
  })
  await Promise.all(images.map((image) => rm(image.path, { force: true })))
  return outcome
}

/**
 * `media/epaper.rasterise`: the uploaded PDF becomes e-paper pages. Per page: poppler's text
 * positions (pdftotext -bbox-layout), the images (pdftoppm, then sharp), zones proposed from the
 * stories planned for the page, and the page document written. Re-running it (a retry, a
 * duplicate) updates the same pages; a newer upload of the edition stops it between pages.
 */
export const rasteriseEpaperJob: JobDefinition<RasteriseData> = {
  queue: 'media',
  name: RASTERISE_JOB,
  handler: async (data, { payload, signal }) => {
    const edition = await loadEdition(payload, data.editionId)
    if (!edition || superseded(edition.epaper, data)) return { skipped: true }
    const storage = storageOf(payload)
    const workDir = await mkdtemp(path.join(tmpdir(), `${WORK_DIR_PREFIX}${edition.id}-`))
    try {
      const input = path.join(workDir, 'source.pdf')
      await downloadSource(storage, data.key, input)
      const info = await readPdfInfo(input, { signal })
      const numbers = data.page ? [data.page] : Array.from({ length: info.pageCount }, (_, i) => i + 1)
      const candidates = candidateLoader(payload, edition)
      const run: PageRun = { payload, storage, input, workDir, signal }
      let saved = 0
      for (const number of numbers) {
        const current = await loadEdition(payload, edition.id)
        if (!current || superseded(current.epaper, data)) return { skipped: true, stoppedAt: number }
        const outcome = await processPage(run, edition, data, number, data.page ? 1 : number, candidates)
        if (outcome === 'saved') saved++
      }
      const removed = data.page
        ? 0
        : await removePagesAfter(payload, storage, edition.id, info.pageCount, data.generation)
      const latest = await loadEdition(payload, edition.id)
      if (!latest || superseded(latest.epaper, data)) return { skipped: true }
      const isLatest = (latest.epaper?.generation ?? 0) === data.generation
      // Publishing waits for `ready`, as the publish endpoint does; an earlier date stays.
      const publish =
        isLatest && data.publish && !latest.epaper?.published
          ? { published: true, publishedAt: new Date().toISOString() }
          : {}
      await writeEditionEpaper(payload, edition.id, {
        ...(isLatest ? { status: 'ready', error: null } : {}),
        ...publish,
        pageCount: await countPages(payload, edition.id),
      })
      return { pages: numbers.length, saved, removed }
    } catch (error) {
      if (isPermanent(error)) throw new UnrecoverableError((error as Error).message)
      throw error
    } finally {
      await rm(workDir, { recursive: true, force: true })
    }
  },
  onFailed: async (data, error, { payload }) => {
    const edition = await loadEdition(payload, data.editionId)
    if (!edition || superseded(edition.epaper, data)) return
    const where = data.page ? `Trang ${data.page}: ` : ''
    await writeEditionEpaper(payload, edition.id, {
      status: 'failed',
      error: `${where}${error.message}`.slice(0, 2000),
      pageCount: await countPages(payload, edition.id),
    })
  },
}
