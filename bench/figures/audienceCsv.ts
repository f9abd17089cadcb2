/**
 * A year of platform audience exports for the figures section: one CSV per month as a platform
 * aggregator exports it (`;`, Vietnamese headers and platform names, UTF-8 with a BOM, dd/mm/yyyy,
 * thousands grouped with `.`, watch minutes with a decimal comma), and one small file for a day
 * held back, to send after the KPIs were first computed. Every row is a (story, platform, day) the
 * year has once; a story gets rows from the day it was published on, on the platforms of its
 * channels, its audience fading day by day. Seeded, so both databases import the same bytes. Pure.
 */
import { createPrng } from '../../src/lib/prng'

export const AUDIENCE_HEADER = 'ngày;bài;nền tảng;lượt xem;người đọc;lượt nghe;phút xem;chia sẻ;di động'

export type StoryKind = 'web' | 'tv' | 'radio'

/** What the generator needs of a published story. */
export type AudienceStory = { slug: string; section: string; day: string; kind: StoryKind }

type PlatformSpec = {
  key: string
  /** As the export writes it (the importer knows the platforms' Vietnamese names). */
  name: string
  domestic: boolean
  /** The story is named by its public URL (web-like exports) or by its slug. */
  url: boolean
  views: number
  mobile: number
  audio?: boolean
  video?: boolean
}

type Spec = readonly [string, string, boolean, boolean, number, number, ('audio' | 'video')?]

/**
 * CSV-imported platforms only (website and app are counted by the beacon and refused in files):
 * key, name in the export, domestic, story named by URL, first-day views, mobile share, medium.
 */
const SPECS: readonly Spec[] = [
  ['zalo', 'Zalo OA', true, true, 900, 0.95],
  ['baomoi', 'Báo Mới', true, true, 500, 0.8],
  ['facebook', 'Facebook', false, true, 1200, 0.9],
  ['tiktok', 'TikTok', false, false, 1500, 0.98, 'video'],
  ['googleNews', 'Google Tin tức', false, true, 300, 0.7],
  ['youtube', 'YouTube', false, false, 700, 0.75, 'video'],
  ['vtvgo', 'VTVgo', true, false, 250, 0.6, 'video'],
  ['mytv', 'MyTV (VNPT)', true, false, 200, 0.3, 'video'],
  ['fptplay', 'FPT Play', true, false, 220, 0.5, 'video'],
  ['tv360', 'TV360 (Viettel)', true, false, 180, 0.55, 'video'],
  ['radio', 'Phát thanh', true, false, 150, 0.4, 'audio'],
  ['loudspeaker', 'Loa truyền thanh cơ sở', true, false, 400, 0, 'audio'],
  ['podcastApple', 'Apple Podcasts', false, false, 60, 0.95, 'audio'],
  ['spotify', 'Spotify', false, false, 80, 0.9, 'audio'],
]

const PLATFORMS: Record<string, PlatformSpec> = Object.fromEntries(
  SPECS.map(([key, name, domestic, url, views, mobile, medium]) => [
    key,
    { key, name, domestic, url, views, mobile, audio: medium === 'audio', video: medium === 'video' },
  ]),
)

/** The platforms a story of each kind is exported from, most likely first. */
const PLATFORMS_OF: Record<StoryKind, readonly string[]> = {
  web: ['zalo', 'facebook', 'baomoi', 'googleNews', 'tiktok', 'youtube'],
  tv: ['youtube', 'vtvgo', 'fptplay', 'mytv', 'tv360', 'facebook', 'zalo', 'tiktok'],
  radio: ['radio', 'loudspeaker', 'spotify', 'podcastApple', 'zalo', 'facebook'],
}

const DAY_MS = 86_400_000
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10)
/** At most this many days of audience per story (platforms keep reporting old stories a while). */
const MAX_DAYS = 30

/** One story's share of the year: its rows run from `first`, `platforms.length` a day, `rows` in all. */
export type StoryPlan = { story: number; first: number; platforms: readonly string[]; rows: number }

/**
 * Spreads `totalRows` over the stories: a random weight each, then, from the last published to the
 * first, each story takes what fits before `lastDay` (at most MAX_DAYS days) and passes the rest on
 * to the stories before it, so the total is exact. Throws when the stories cannot hold that many.
 */
export function planAudience(
  stories: readonly AudienceStory[],
  totalRows: number,
  lastDay: string,
  seed: number,
): StoryPlan[] {
  const r = createPrng(seed)
  const weights = stories.map(() => 0.3 + 1.4 * r())
  const sum = weights.reduce((a, b) => a + b, 0)
  const last = dayNumber(lastDay)
  const plans: StoryPlan[] = stories.map((story, index) => {
    const candidates = PLATFORMS_OF[story.kind]
    const count = Math.min(candidates.length, 3 + Math.floor(r() * 4))
    // The first two of a kind's platforms always, then a random pick of the rest.
    const rest = candidates.slice(2).filter(() => r() < 0.6)
    const platforms = [...candidates.slice(0, 2), ...rest].slice(0, count)
    return { story: index, first: dayNumber(story.day), platforms, rows: 0 }
  })
  let assigned = 0
  let weightSoFar = 0
  const quota = stories.map((_, index) => {
    weightSoFar += weights[index]!
    const upTo = Math.round((totalRows * weightSoFar) / sum)
    const own = upTo - assigned
    assigned = upTo
    return own
  })
  const order = plans.map((_, index) => index).sort((a, b) => plans[b]!.first - plans[a]!.first || b - a)
  let carry = 0
  for (const index of order) {
    const plan = plans[index]!
    const days = Math.max(0, Math.min(MAX_DAYS, last - plan.first + 1))
    const wanted = quota[index]! + carry
    plan.rows = Math.min(wanted, days * plan.platforms.length)
    carry = wanted - plan.rows
  }
  if (carry > 0)
    throw new Error(
      `${stories.length} stories cannot carry ${totalRows} audience rows up to ${lastDay} (${carry} left over): ` +
        'raise BENCH_FIGURES_STORIES or lower BENCH_FIGURES_AUDIENCE_ROWS',
    )
  return plans
}

export type Measures = {
  views: number
  uniques: number
  listens: number
  watchMinutes: number
  shares: number
  mobileViews: number
}

export type AudienceRow = { day: string; story: number; platform: string; measures: Measures }

/** The rows of one plan, in day order; the same numbers whichever month asks. */
export function planRows(plan: StoryPlan, seed: number): AudienceRow[] {
  const r = createPrng(seed * 7919 + plan.story)
  const popularity = Math.exp(2.2 * r() - 1.1)
  const rows: AudienceRow[] = []
  for (let i = 0; i < plan.rows; i++) {
    const offset = Math.floor(i / plan.platforms.length)
    const spec = PLATFORMS[plan.platforms[i % plan.platforms.length]!]!
    const views = Math.round(spec.views * popularity * 0.62 ** offset * (0.6 + 0.8 * r()))
    const uniques = Math.round(views * (0.55 + 0.35 * r()))
    const mobileViews = Math.min(views, Math.round(views * spec.mobile * (0.9 + 0.1 * r())))
    const listens = spec.audio ? Math.round(views * (0.7 + 0.3 * r())) : 0
    const watchMinutes = spec.video ? Math.round(views * (0.4 + 2.6 * r()) * 10) / 10 : 0
    const shares = Math.round(views * 0.03 * r())
    rows.push({
      day: isoOf(plan.first + offset),
      story: plan.story,
      platform: spec.key,
      measures: { views, uniques, listens, watchMinutes, shares, mobileViews },
    })
  }
  return rows
}

/** `1.234.567` as a Vietnamese spreadsheet writes a count. */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** `1250,5`: a decimal comma, no grouping (one decimal at most, so it never reads as thousands). */
export function decimalComma(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',')
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/')

export function storyRef(story: AudienceStory, spec: PlatformSpec): string {
  return spec.url ? `https://baohungyen.vn/${story.section}/${story.slug}.html` : story.slug
}

export type AudienceFile = {
  name: string
  bytes: Buffer
  rows: number
  totals: Measures
  /** Views on platforms the audience plugin counts as domestic. */
  domesticViews: number
}

const zero = (): Measures => ({
  views: 0,
  uniques: 0,
  listens: 0,
  watchMinutes: 0,
  shares: 0,
  mobileViews: 0,
})

/** One export file of the given rows (sorted by day, as exports are). */
export function audienceFile(
  name: string,
  stories: readonly AudienceStory[],
  rows: AudienceRow[],
): AudienceFile {
  rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.story - b.story))
  const totals = zero()
  let domesticViews = 0
  const lines = [AUDIENCE_HEADER]
  for (const row of rows) {
    const spec = PLATFORMS[row.platform]!
    const m = row.measures
    for (const key of Object.keys(totals) as Array<keyof Measures>) totals[key] += m[key]
    if (spec.domestic) domesticViews += m.views
    lines.push(
      [
        vnDate(row.day),
        storyRef(stories[row.story]!, spec),
        spec.name,
        groupThousands(m.views),
        groupThousands(m.uniques),
        groupThousands(m.listens),
        decimalComma(m.watchMinutes),
        groupThousands(m.shares),
        groupThousands(m.mobileViews),
      ].join(';'),
    )
  }
  totals.watchMinutes = Math.round(totals.watchMinutes * 10) / 10
  const bytes = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
  return { name, bytes, rows: rows.length, totals, domesticViews }
}

/** The rows of every plan that fall in `month` (`YYYY-MM`). */
export function monthRows(plans: readonly StoryPlan[], month: string, seed: number): AudienceRow[] {
  const from = dayNumber(`${month}-01`)
  const rows: AudienceRow[] = []
  for (const plan of plans) {
    const lastDay = plan.first + Math.ceil(plan.rows / plan.platforms.length) - 1
    if (plan.rows === 0 || lastDay < from || plan.first > from + 30) continue
    for (const row of planRows(plan, seed)) if (row.day.startsWith(month)) rows.push(row)
  }
  return rows
}

/**
 * The held-back day: the stories of the week before it on their first two platforms, numbers of
 * their own (the day is after every plan's last, so no row repeats one already imported).
 */
export function dayRows(stories: readonly AudienceStory[], day: string, seed: number): AudienceRow[] {
  const r = createPrng(seed)
  const target = dayNumber(day)
  const rows: AudienceRow[] = []
  stories.forEach((story, index) => {
    const age = target - dayNumber(story.day)
    if (age < 0 || age > 6) return
    for (const key of PLATFORMS_OF[story.kind].slice(0, 2)) {
      const spec = PLATFORMS[key]!
      const views = Math.round(spec.views * 0.62 ** age * (0.6 + 0.8 * r()))
      rows.push({
        day,
        story: index,
        platform: key,
        measures: {
          views,
          uniques: Math.round(views * 0.7),
          listens: spec.audio ? views : 0,
          watchMinutes: spec.video ? Math.round(views * 12) / 10 : 0,
          shares: Math.round(views * 0.02),
          mobileViews: Math.min(views, Math.round(views * spec.mobile)),
        },
      })
    }
  })
  return rows
}

export const isDomesticExport = (key: string) => PLATFORMS[key]?.domestic ?? false
