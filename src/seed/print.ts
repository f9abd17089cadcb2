import type { Payload } from 'payload'

import { vietnamDate } from './broadcast'
import { idOf, need, type IdMap } from './refs'

/** Page plan of the demo edition: stories per page with the length the make-up allows them. */
const PAGES: Array<{ number: number; colour: 'colour' | 'mono'; stories: Array<[string, string, number]> }> =
  [
    {
      number: 1,
      colour: 'colour',
      stories: [
        ['xa-khoai-chau-100-ngay', 'Tin chính', 2600],
        ['hdnd-ky-hop-cuoi-nam', 'Góc phải', 900],
      ],
    },
    {
      number: 2,
      colour: 'mono',
      stories: [
        ['gia-co-de-bien', 'Đầu trang', 1500],
        ['tru-so-doi-du', 'Chân trang', 1200],
      ],
    },
    {
      number: 3,
      colour: 'mono',
      stories: [
        ['nhan-long-vao-mua', 'Tin chính', 2200],
        ['ke-hoach-vu-dong', 'Cột phải', 800],
      ],
    },
    { number: 4, colour: 'colour', stories: [['bien-dong-chau-mua-he', 'Phóng sự ảnh', 1800]] },
  ]

/**
 * Tomorrow's printed newspaper being made up: four pages (colour and mono) with stories placed
 * at planned lengths, some fitting, some short, some over, so write-to-fit has something to show.
 */
export async function seedPrint(
  payload: Payload,
  refs: { publications: IdMap; stories: IdMap },
  now: Date,
): Promise<number> {
  const edition = await payload.create({
    collection: 'editions',
    data: {
      publication: need(refs.publications, 'BAO-IN', 'publication'),
      date: vietnamDate(now, 1),
      number: 4521,
      status: 'planning',
      pages: PAGES.map(({ number, colour }) => ({ number, colour })),
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  for (const page of PAGES) {
    for (const [order, [key, slot, plannedLength]] of page.stories.entries()) {
      await payload.create({
        collection: 'placements',
        data: {
          edition: idOf(edition),
          page: page.number,
          slot,
          story: need(refs.stories, key, 'story'),
          plannedLength,
          order: order + 1,
        } as never,
        depth: 0,
        overrideAccess: true,
      })
    }
  }
  return idOf(edition) as number
}
