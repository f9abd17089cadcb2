/**
 * e-paper: the printed PDF of an edition of `pages` pages (made with pdf-lib: four articles a
 * page, the edition's placements, set as test/helpers/pdfs does) uploaded through
 * `POST /api/editions/:id/epaper` on the server child; the rasterise job (pdftotext, pdftoppm at
 * 2400 px, six sharp renditions, zone proposal) runs in this process's worker (startWorker on the
 * media queue, a private Redis prefix), as in production where the web server only writes the
 * outbox row. Timed from the upload request to the edition's `epaper.status = ready`.
 */
import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'

import type { EpaperPageDoc } from '../../plugins/epaper/types'
import { startWorker } from '../../plugins/jobs'
import { newspaperPdf, type PdfArticle } from '../../test/helpers/pdfs'
import { figure, note } from '../lib/report'
import { call, expectStatus, type Planning } from './newsroom'
import { PLACEMENTS_PER_PAGE, type BenchStory } from './print'

type Id = number | string

/** The four boxes of a page, in fractions from the top left: a lead across the top, three below. */
const BOXES = [
  { x: 0.05, y: 0.07, w: 0.9, h: 0.3 },
  { x: 0.05, y: 0.41, w: 0.28, h: 0.53 },
  { x: 0.36, y: 0.41, w: 0.28, h: 0.53 },
  { x: 0.67, y: 0.41, w: 0.28, h: 0.53 },
]

const article = (story: BenchStory, slot: number): PdfArticle => ({
  headline: story.headline,
  paragraphs: [story.standfirst, ...story.paragraphs],
  box: BOXES[slot]!,
})

export async function editionPdf(stories: BenchStory[], pages: number, date: string): Promise<Buffer> {
  const { pdf } = await newspaperPdf(
    Array.from({ length: pages }, (_, p) => ({
      masthead: p === 0 ? `BÁO HƯNG YÊN — ${date.split('-').reverse().join('/')}` : undefined,
      articles: stories
        .slice(p * PLACEMENTS_PER_PAGE, (p + 1) * PLACEMENTS_PER_PAGE)
        .map((story, slot) => article(story, slot)),
    })),
  )
  return pdf
}

/**
 * CPU seconds of this process and of its reaped children (pdftoppm, pdftotext): the worker's
 * work, apart from what else runs on the machine. The server child is reaped only when it stops.
 */
function ownCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime, stime, cutime, cstime: fields 14–17, in ticks of 1/100 s.
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100
}

type EditionState = { epaper?: { status?: string; generation?: number; error?: string; pageCount?: number } }

async function waitReady(payload: Payload, edition: Id, generation: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const doc = (await payload.findByID({ collection: 'editions', id: edition, depth: 0 })) as EditionState
    const state = doc.epaper ?? {}
    if ((state.generation ?? 0) >= generation) {
      if (state.status === 'ready') return state
      if (state.status === 'failed') throw new Error(`e-paper processing failed: ${state.error}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`e-paper not ready within ${Math.round(timeoutMs / 1000)} s`)
}

export async function measureEpaper(
  name: string,
  planning: Planning,
  edition: Id,
  options: { pages: number; stories: BenchStory[]; date: string },
): Promise<boolean> {
  const base = `planning.${name}.epaper`
  const { payload } = planning
  const pdf = await editionPdf(options.stories, options.pages, options.date)
  // Only this upload's job may run: the pictures' renditions (and any other setup job) queued
  // while preparing the data would otherwise be measured with it.
  await payload.delete({
    collection: 'job-outbox' as never,
    where: { status: { equals: 'pending' } },
    overrideAccess: true,
  })
  const worker = startWorker(payload, { queues: ['media'] })
  try {
    const form = new FormData()
    form.set(
      'file',
      new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }),
      `bao-hung-yen-${options.date}.pdf`,
    )
    const started = performance.now()
    const cpuBefore = ownCpuSeconds()
    const upload = expectStatus(
      await call(planning, 'POST', `/api/editions/${edition}/epaper`, form),
      202,
      'upload',
    )
    const { generation, pages } = upload.json() as { generation: number; pages: number }
    if (pages !== options.pages) throw new Error(`upload counted ${pages} pages, expected ${options.pages}`)
    const state = await waitReady(payload, edition, generation, 60_000 + options.pages * 20_000)
    const seconds = (performance.now() - started) / 1000
    const cpu = ownCpuSeconds() - cpuBefore
    const { docs } = await payload.find({
      collection: 'epaper-pages' as never,
      where: { edition: { equals: edition } },
      depth: 0,
      pagination: false,
    })
    const zones = (docs as unknown as EpaperPageDoc[]).flatMap((page) =>
      (page.zones ?? [])
        .filter((zone) => zone.source === 'auto')
        .map((zone) => ({ page: page.number, zone })),
    )
    // In place: on the page the story was printed on, its centre inside the story's box.
    const printedAt = new Map(
      options.stories
        .slice(0, options.pages * PLACEMENTS_PER_PAGE)
        .map((story, i) => [
          String(story.id),
          { page: Math.floor(i / PLACEMENTS_PER_PAGE) + 1, box: BOXES[i % PLACEMENTS_PER_PAGE]! },
        ]),
    )
    const inPlace = zones.filter(({ page, zone }) => {
      const where = printedAt.get(String(typeof zone.story === 'object' ? zone.story.id : zone.story))
      const [cx, cy] = [zone.x + zone.w / 2, zone.y + zone.h / 2]
      const { box } = where ?? { box: { x: 0, y: 0, w: 0, h: 0 } }
      return where?.page === page && cx > box.x && cx < box.x + box.w && cy > box.y && cy < box.y + box.h
    }).length
    figure(`${base}.pages`, state.pageCount ?? docs.length, 'pages')
    figure(`${base}.pdf_bytes`, pdf.length, 'B')
    figure(`${base}.upload.ms`, upload.ms, 'ms')
    figure(`${base}.ready.total`, seconds, 's')
    figure(`${base}.ready.per_page`, seconds / options.pages, 's')
    figure(`${base}.worker_cpu_per_page`, cpu / options.pages, 's')
    figure(`${base}.zones.proposed`, zones.length, 'zones')
    figure(`${base}.zones.in_place`, inPlace, 'zones')
    figure(`${base}.zones.printed`, options.pages * PLACEMENTS_PER_PAGE, 'articles')
    if (zones.length < options.pages * PLACEMENTS_PER_PAGE)
      note(`${name}: ${options.pages * PLACEMENTS_PER_PAGE - zones.length} printed article(s) got no zone`)
    return true
  } finally {
    await worker.close(10_000)
  }
}
