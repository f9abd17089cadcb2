import type { Payload } from 'payload'

import type { IdMap } from './refs'

/** The demo partner token, printed in docs/distribution.md so the demo feed can be tried. */
export const DEMO_PARTNER_TOKEN = 'demo-baomoi-doi-tac'

/**
 * The demo newsroom's targets. Pull targets (RSS partner, podcast, NINJS) work out of the box;
 * push targets that need a real platform (Zalo OA, the provincial system, the website's hook)
 * are created switched off, ready for an administrator to enter an address and credentials.
 */
export async function seedDistribution(
  payload: Payload,
  publications: IdMap,
  serverURL: string,
): Promise<void> {
  const create = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'distribution-targets' as never,
      data: data as never,
      depth: 0,
      overrideAccess: true,
    })
  const web = publications.get('WEB')
  await create({
    name: 'Báo Mới (nguồn tin RSS, trích đoạn)',
    kind: 'feed',
    domestic: true,
    defaults: { publications: [web] },
    settings: { fullText: false, feedURL: `${serverURL}/feeds/WEB/rss.xml` },
    credentials: { token: DEMO_PARTNER_TOKEN },
  })
  await create({
    name: 'Podcast Phát thanh Hưng Yên',
    kind: 'podcast',
    domestic: true,
    // Chosen per story: only audio stories can go into the podcast.
    defaults: {},
    settings: { feedURL: `${serverURL}/feeds/RADIO/podcast.xml` },
  })
  await create({
    name: 'Trao đổi tin NINJS',
    kind: 'ninjs',
    domestic: true,
    defaults: { publications: [web] },
  })
  await create({
    name: 'Zalo OA Báo Hưng Yên',
    kind: 'zalo',
    domestic: true,
    active: false,
    defaults: { all: true },
  })
  await create({
    name: 'Hệ thống thông tin nguồn tỉnh Hưng Yên',
    kind: 'grassroots',
    domestic: true,
    active: false,
    defaults: { all: true },
  })
  await create({
    name: 'Website hungyen.toasoan.demo (webhook làm mới)',
    kind: 'website',
    domestic: true,
    active: false,
    defaults: { all: true },
  })
}
