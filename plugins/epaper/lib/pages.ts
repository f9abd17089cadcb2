import type { Payload } from 'payload'

import type { MediaStorage } from '../../media/types'
import { EPAPER_PAGES_SLUG, type EpaperPageDoc, type PageImage } from '../types'
import type { TextBlock } from './bbox'
import { SYSTEM_CONTEXT } from './editions'
import { imageKey, pagePrefix } from './keys'
import { mimeTypeOf, type RenderedImage } from './render'
import { mergeZones, type ProposedZone } from './zones'

const system = { depth: 0, overrideAccess: true, context: SYSTEM_CONTEXT } as const

export async function findPage(
  payload: Payload,
  editionId: number | string,
  number: number,
): Promise<EpaperPageDoc | undefined> {
  const { docs } = await payload.find({
    collection: EPAPER_PAGES_SLUG as never,
    where: { and: [{ edition: { equals: editionId } }, { number: { equals: number } }] },
    limit: 1,
    ...system,
  })
  return (docs[0] as unknown as EpaperPageDoc | undefined) ?? undefined
}

export async function countPages(payload: Payload, editionId: number | string): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: EPAPER_PAGES_SLUG as never,
    where: { edition: { equals: editionId } },
    overrideAccess: true,
  })
  return totalDocs
}

export type PageResult = {
  editionId: number | string
  editionTitle: string
  number: number
  generation: number
  widthPt: number
  heightPt: number
  blocks: TextBlock[]
  images: RenderedImage[]
  proposals: ProposedZone[]
}

/**
 * Stores a rendered page: images first (under this upload's keys), then the page document, then
 * the images of earlier uploads of the page. A page a newer upload already wrote is left alone.
 * One document per (edition, number): a retried job updates it, never adds a second.
 */
export async function savePage(
  payload: Payload,
  storage: MediaStorage,
  result: PageResult,
): Promise<'saved' | 'newer'> {
  const { editionId, number, generation } = result
  const existing = await findPage(payload, editionId, number)
  if (existing && (existing.generation ?? 0) > generation) return 'newer'
  const images: PageImage[] = []
  for (const image of result.images) {
    const key = imageKey(editionId, number, generation, image.size, image.format)
    await storage.upload(key, image.path, mimeTypeOf(image.format))
    const { size, format, width, height, filesize } = image
    images.push({ size, format, key, width, height, filesize })
  }
  const data = {
    title: `${result.editionTitle} — trang ${number}`,
    edition: editionId,
    number,
    generation,
    widthPt: result.widthPt,
    heightPt: result.heightPt,
    images,
    text: result.blocks,
    zones: mergeZones(existing?.zones as never, result.proposals),
  }
  if (existing) {
    await payload.update({
      collection: EPAPER_PAGES_SLUG as never,
      id: existing.id,
      data: data as never,
      ...system,
    })
  } else {
    await payload.create({ collection: EPAPER_PAGES_SLUG as never, data: data as never, ...system })
  }
  const wanted = new Set(images.map((image) => image.key))
  const stale = (await storage.list(pagePrefix(editionId, number))).filter((key) => !wanted.has(key))
  await storage.remove(stale)
  return 'saved'
}

/**
 * After a whole-edition upload with fewer pages than before: the pages past its end go, except
 * pages a newer single-page upload already added.
 */
export async function removePagesAfter(
  payload: Payload,
  storage: MediaStorage,
  editionId: number | string,
  lastPage: number,
  generation: number,
): Promise<number> {
  const { docs } = await payload.find({
    collection: EPAPER_PAGES_SLUG as never,
    where: {
      and: [
        { edition: { equals: editionId } },
        { number: { greater_than: lastPage } },
        { generation: { less_than_equal: generation } },
      ],
    },
    pagination: false,
    ...system,
  })
  for (const doc of docs as unknown as EpaperPageDoc[]) {
    await payload.delete({ collection: EPAPER_PAGES_SLUG as never, id: doc.id, ...system })
    await storage.remove(await storage.list(pagePrefix(editionId, doc.number)))
  }
  return docs.length
}
