import type { Payload } from 'payload'

export type AudiencePluginOptions = {
  beaconRatePerMinute: number
  beaconFlushSeconds: number
  maxImportBytes: number
  /** Salts the daily visitor hash; never stored with the counts. */
  secret: string
}

export type AudienceMeasures = {
  views: number
  /**
   * Readers of each story on each platform and day, added up: a person reading five stories, or
   * one story on two days, counts five or two times. Not the period's distinct people.
   */
  uniques: number
  listens: number
  watchMinutes: number
  shares: number
  /** Views from phones and tablets (beacon: user agent; platform exports: their mobile column). */
  mobileViews: number
}

export type AudienceFilter = {
  /** Vietnam days, inclusive, `YYYY-MM-DD`. */
  from: string
  to: string
  publication?: number | string
  desk?: number | string
  platform?: string
}

/** Contract the kpis plugin and the dashboard read (`loadAudienceSummary` in `lib/loadAudienceSummary.ts`). */
export type AudienceSummary = AudienceMeasures & {
  from: string
  to: string
  /** Share of views on domestic platforms (0–100, one decimal), null without views. */
  domesticSharePct: number | null
  mobileSharePct: number | null
  byPlatform: Array<
    AudienceMeasures & { platform: string; domestic: boolean; label?: { vi: string; en: string } }
  >
  byMonth: Array<AudienceMeasures & { month: string }>
  byDesk: Array<AudienceMeasures & { desk: number | string | null; name: string }>
  byPublication: Array<AudienceMeasures & { publication: number | string | null; name: string }>
  topStories: Array<
    AudienceMeasures & {
      story: number | string
      headline: string
      slug?: string | null
      publishedAt?: string | null
      desk?: number | string | null
    }
  >
  /** How long the summary took to compute, in milliseconds. */
  computeMs?: number
}

/** One story in the drill-down (`GET /api/audience/stories`). */
export type AudienceStoryRow = AudienceSummary['topStories'][number]

export type AudienceStoryPage = {
  docs: AudienceStoryRow[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  sort: keyof AudienceMeasures
}

export type AudienceSummaryOptions = {
  /** How many top stories to rank (default 25; 0 skips the ranking, for callers that need only the totals). */
  topStories?: number
}

export type LoadAudienceSummary = (
  payload: Payload,
  filter: AudienceFilter,
  options?: AudienceSummaryOptions,
) => Promise<AudienceSummary>
