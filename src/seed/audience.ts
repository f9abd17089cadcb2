import type { Payload } from 'payload'

import { writeBeaconCounts, type BeaconEntry } from '../../plugins/audience/lib/flushBeacons'
import { importAudienceRows } from '../../plugins/audience/lib/importAudienceRows'
import { zeroMeasures } from '../../plugins/audience/lib/measures'
import { vietnamDay } from '../lib/vietnamTime'
import type { IdMap } from './refs'

const DAYS = 60
const DAY_MS = 86_400_000

/** A small deterministic generator (mulberry32): the same seed always gives the same figures. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * Where a story's views come from, as a share of its views, and how many of them are on phones.
 * Domestic platforms (website, app, Zalo, Báo Mới, FPT Play) take 70 %, foreign ones 30 %;
 * phones about 65 % overall.
 */
const VIEW_MIX: ReadonlyArray<{ platform: string; share: number; mobile: number }> = [
  { platform: 'website', share: 0.33, mobile: 0.42 },
  { platform: 'app', share: 0.1, mobile: 1 },
  { platform: 'zalo', share: 0.15, mobile: 0.95 },
  { platform: 'baomoi', share: 0.07, mobile: 0.8 },
  { platform: 'fptplay', share: 0.05, mobile: 0.3 },
  { platform: 'facebook', share: 0.15, mobile: 0.7 },
  { platform: 'youtube', share: 0.1, mobile: 0.45 },
  { platform: 'tiktok', share: 0.05, mobile: 1 },
]
/** Listens of a story with a radio version: the station's own broadcast, the loudspeakers and podcasts. */
const LISTEN_MIX: ReadonlyArray<{ platform: string; share: number }> = [
  { platform: 'radio', share: 0.55 },
  { platform: 'loudspeaker', share: 0.25 },
  { platform: 'spotify', share: 0.12 },
  { platform: 'podcastApple', share: 0.08 },
]

type Row = {
  story: number
  slug: string
  platform: string
  day: string
  views: number
  uniques: number
  listens: number
  watch: number
  shares: number
  mobile: number
}

/**
 * Sixty days of audience for the demo's published stories, ending yesterday: the website and app
 * figures replayed through the beacon's write path, every other platform as one platform export
 * through the CSV import, so the rollups and the top-stories table are filled exactly as in use.
 * Each story peaks on a day of its own within the period and fades after it. The demo's few
 * stories stand in for the archive a real newsroom's audience would spread over.
 */
export async function seedAudience(payload: Payload, stories: IdMap, now: Date): Promise<number> {
  const { docs } = await payload.find({
    collection: 'stories',
    where: { id: { in: [...stories.values()] }, publishedAt: { exists: true } },
    select: { slug: true, radio: true, tv: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const rows: Row[] = []
  for (const doc of docs as unknown as Array<{
    id: number
    slug?: string
    radio?: { script?: string }
    tv?: { script?: string }
  }>) {
    if (!doc.slug) continue
    const next = random(doc.id * 7919)
    const peak = Math.floor(next() * (DAYS - 5))
    const size = 800 + Math.floor(next() * 4000)
    const radio = Boolean(doc.radio?.script)
    const tv = Boolean(doc.tv?.script)
    for (let offset = DAYS; offset >= 1; offset--) {
      const dayIndex = DAYS - offset
      const day = vietnamDay(new Date(now.getTime() - offset * DAY_MS))
      const since = dayIndex - peak
      const weight = since < 0 ? 0.02 : Math.pow(0.55, since) + 0.03
      const views = Math.round(size * weight)
      if (views <= 0) continue
      for (const mix of VIEW_MIX) {
        const platformViews = Math.round(views * mix.share * (0.85 + next() * 0.3))
        if (platformViews === 0) continue
        rows.push({
          story: doc.id,
          slug: doc.slug,
          platform: mix.platform,
          day,
          views: platformViews,
          uniques: Math.round(platformViews * (0.6 + next() * 0.2)),
          listens: 0,
          watch:
            mix.platform === 'youtube' || mix.platform === 'fptplay'
              ? Math.round(platformViews * (tv ? 2.5 : 0.8) * 10) / 10
              : 0,
          shares: Math.round(platformViews * 0.02 * next()),
          mobile: Math.round(platformViews * mix.mobile),
        })
      }
      if (!radio) continue
      for (const mix of LISTEN_MIX) {
        const listens = Math.round(views * 0.4 * mix.share * (0.85 + next() * 0.3))
        if (listens > 0)
          rows.push({
            story: doc.id,
            slug: doc.slug,
            platform: mix.platform,
            day,
            views: 0,
            uniques: 0,
            listens,
            watch: 0,
            shares: 0,
            mobile: 0,
          })
      }
    }
  }

  const beacon: BeaconEntry[] = rows
    .filter((row) => row.platform === 'website' || row.platform === 'app')
    .map((row) => ({
      story: row.story,
      platform: row.platform,
      day: row.day,
      uniques: row.uniques,
      measures: { ...zeroMeasures(), views: row.views, shares: row.shares, mobileViews: row.mobile },
    }))
  await writeBeaconCounts(payload, `seed-${vietnamDay(now)}`, beacon)

  const exported = rows.filter((row) => row.platform !== 'website' && row.platform !== 'app')
  const lines = [
    'ngày,bài,nền tảng,lượt xem,người đọc,lượt nghe,phút xem,chia sẻ,di động',
    ...exported.map(
      (r) =>
        `${r.day},${r.slug},${r.platform},${r.views},${r.uniques},${r.listens},${r.watch},${r.shares},${r.mobile}`,
    ),
  ]
  const outcome = await importAudienceRows(payload, {
    bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
    fileName: `nen-tang-60-ngay-den-${vietnamDay(now)}.csv`,
  })
  if (!outcome.ok)
    throw new Error(
      `seed: audience export refused: ${outcome.errors
        .slice(0, 3)
        .map((e) => `${e.line}: ${e.message}`)
        .join('; ')}`,
    )
  return rows.length
}
