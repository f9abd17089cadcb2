/**
 * print: an edition of `pages` pages × 4 placements of stories with ~3,000-character bodies,
 * a picture on each page's lead; write-to-fit (`GET /api/editions/:id/fit`) and the InDesign
 * package (`GET /api/editions/:id/package`, a zip streamed to its last byte).
 */
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import { createPrng } from '../../src/lib/prng'
import { countPrintCharacters, lexicalToPlainText } from '../../src/lib/textMeasure'
import { slugifyVietnamese } from '../../src/lib/vietnamese'
import { lexicalParagraphs } from '../../test/helpers/pdfs'
import { toAdapterShape } from '../lib/adapterShape'
import { figure } from '../lib/report'
import { call, expectStatus, median, type BaseIds, type Planning } from './newsroom'
import { plannedStories, type PlannedStory } from './stories'

type Id = number | string

export type BenchStory = PlannedStory & { id: Id; actualLength: number; plannedLength: number }

export const PLACEMENTS_PER_PAGE = 4
const SLOTS = ['Tin chính', 'Góc phải', 'Giữa trang', 'Chân trang']

/** A flat-colour JPEG of 1200×800 per page lead (the package carries the originals). */
async function createPicture(payload: Payload, index: number): Promise<Id> {
  const data = await sharp({
    create: {
      width: 1200,
      height: 800,
      channels: 3,
      background: { r: (index * 53) % 256, g: (index * 97) % 256, b: 160 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: `Ảnh trang ${index + 1} (bench)` } as never,
    file: { data, mimetype: 'image/jpeg', name: `anh-trang-${index + 1}.jpg`, size: data.length },
    depth: 0,
  })
  return doc.id
}

/** Plans 15 % short, on length and 15 % long, so the fit verdicts vary as on a real page. */
const PLAN_FACTORS = [0.85, 1, 1.15]

/**
 * The stories, approved, leads of each page with a picture. Setup, not timed: written at the
 * adapter level in one transaction as lib/seedStories.ts does (its list of what Payload's create
 * and our hooks would store, with the print length measured as the story hook measures it);
 * payload.create costs 150 ms a story on a busy machine. Each story's planned print length is
 * the one its placement gets (createEdition), as the placement hook would copy it.
 */
export async function createStories(payload: Payload, ids: BaseIds, count: number): Promise<BenchStory[]> {
  const pictures: Id[] = []
  for (let page = 0; page * PLACEMENTS_PER_PAGE < count; page++)
    pictures.push(await createPicture(payload, page))
  const fields = payload.collections.stories.config.flattenedFields
  const r = createPrng(32)
  const rowId = () => Array.from({ length: 24 }, () => Math.floor(r() * 16).toString(16)).join('')
  const req = await createLocalReq({ context: { skipAudit: true } }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  const stories: BenchStory[] = []
  try {
    for (const [i, planned] of plannedStories(count, 31).entries()) {
      const page = Math.floor(i / PLACEMENTS_PER_PAGE)
      const body = lexicalParagraphs(planned.paragraphs)
      const actualLength = countPrintCharacters(lexicalToPlainText(body))
      const plannedLength = Math.round(actualLength * PLAN_FACTORS[(page + i) % PLAN_FACTORS.length]!)
      const now = new Date().toISOString()
      const story = {
        headline: planned.headline,
        standfirst: planned.standfirst,
        body,
        slug: `${slugifyVietnamese(planned.headline, 80)}-${i + 1}`,
        workflowState: 'approved',
        revision: 1,
        createdAt: now,
        updatedAt: now,
        bylines: [{ name: 'Minh Châu', contribution: 'writer' }],
        corrections: [],
        desk: ids.desk,
        section: ids.sections[page % ids.sections.length],
        featuredImage: i % PLACEMENTS_PER_PAGE === 0 ? pictures[page] : null,
        print: { plannedLength, actualLength },
        radio: { estimatedSeconds: 0 },
        tv: { targetSeconds: 60 + (i % 5) * 15, estimatedSeconds: 0 },
      }
      const doc = (await payload.db.create({
        collection: 'stories',
        req,
        data: toAdapterShape(fields, story, 'vi', rowId),
      })) as { id: Id }
      stories.push({ ...planned, id: doc.id, actualLength, plannedLength })
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
  return stories
}

/** An edition of `pages` pages with four stories each, in story order. */
export async function createEdition(
  payload: Payload,
  ids: BaseIds,
  options: { number: number; date: string; pages: number; stories: BenchStory[]; planLengths: boolean },
): Promise<Id> {
  const edition = await payload.create({
    collection: 'editions',
    data: {
      publication: ids.print,
      number: options.number,
      date: options.date,
      pages: Array.from({ length: options.pages }, (_, p) => ({
        number: p + 1,
        section: ids.sections[p % ids.sections.length],
        colour: p === 0 || p === options.pages - 1 ? 'colour' : 'mono',
      })),
    } as never,
    depth: 0,
  })
  for (let p = 0; p < options.pages; p++) {
    for (let slot = 0; slot < PLACEMENTS_PER_PAGE; slot++) {
      const story = options.stories[p * PLACEMENTS_PER_PAGE + slot]
      if (!story) throw new Error(`not enough stories for ${options.pages} pages`)
      await payload.create({
        collection: 'placements',
        data: {
          edition: edition.id,
          page: p + 1,
          slot: SLOTS[slot],
          story: story.id,
          ...(options.planLengths && { plannedLength: story.plannedLength }),
        } as never,
        depth: 0,
        // The story already carries this plan (createStories): no nested story update per placement.
        context: { skipAudit: true, skipPlannedLengthCopy: true },
      })
    }
  }
  return edition.id
}

type FitAnswer = { pages?: Array<{ placements?: unknown[] }> }

export async function measurePrint(
  name: string,
  planning: Planning,
  edition: Id,
  options: { pages: number; runs: number },
): Promise<boolean> {
  const base = `planning.${name}.print`
  const fit = () => call(planning, 'GET', `/api/editions/${edition}/fit`)
  const first = expectStatus(await fit(), 200, 'edition fit')
  const placed = ((first.json() as FitAnswer).pages ?? []).reduce(
    (n, p) => n + (p.placements?.length ?? 0),
    0,
  )
  if (placed !== options.pages * PLACEMENTS_PER_PAGE)
    throw new Error(`edition fit: ${placed} placements, expected ${options.pages * PLACEMENTS_PER_PAGE}`)
  figure(`${base}.pages`, options.pages, 'pages')
  figure(`${base}.placements`, placed, 'placements')
  const fitMs: number[] = []
  for (let i = 0; i < options.runs; i++) fitMs.push(expectStatus(await fit(), 200, 'edition fit').ms)
  figure(`${base}.fit.p50`, median(fitMs), 'ms')
  figure(`${base}.fit.bytes`, first.bytes, 'B')

  const packageMs: number[] = []
  let bytes = 0
  for (let i = 0; i < 3; i++) {
    const zip = expectStatus(await call(planning, 'GET', `/api/editions/${edition}/package`), 200, 'package')
    if (zip.bytes < 22) throw new Error(`package: ${zip.bytes} bytes is no zip`)
    packageMs.push(zip.ms)
    bytes = zip.bytes
  }
  figure(`${base}.package.p50`, median(packageMs), 'ms')
  figure(`${base}.package.bytes`, bytes, 'B')
  return true
}
