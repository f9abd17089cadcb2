/** The audience measures, their columns and their labels. */
export const MEASURES = ['views', 'uniques', 'listens', 'watchMinutes', 'shares', 'mobileViews'] as const
export type Measure = (typeof MEASURES)[number]

/** Snake-case columns Payload gives these fields on both databases. */
export const MEASURE_COLUMNS: Readonly<Record<Measure, string>> = {
  views: 'views',
  uniques: 'uniques',
  listens: 'listens',
  watchMinutes: 'watch_minutes',
  shares: 'shares',
  mobileViews: 'mobile_views',
}

export const MEASURE_LABELS: Readonly<Record<Measure, { vi: string; en: string }>> = {
  views: { vi: 'Lượt xem', en: 'Views' },
  // Platforms give readers per story and day, not per person over a period: any total adds them
  // up, so one person reading five stories, or on two days, counts five or two times.
  uniques: {
    vi: 'Người đọc (cộng theo bài, nền tảng, ngày)',
    en: 'Unique readers (summed per story, platform and day)',
  },
  listens: { vi: 'Lượt nghe', en: 'Listens' },
  watchMinutes: { vi: 'Phút xem', en: 'Watch minutes' },
  shares: { vi: 'Lượt chia sẻ', en: 'Shares' },
  mobileViews: { vi: 'Lượt xem trên di động', en: 'Mobile views' },
}

export type Measures = Record<Measure, number>

export const zeroMeasures = (): Measures => ({
  views: 0,
  uniques: 0,
  listens: 0,
  watchMinutes: 0,
  shares: 0,
  mobileViews: 0,
})

/** Watch minutes keep two decimals (beacons send seconds); counts are whole. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100
}

export function addMeasures(into: Measures, from: Partial<Record<Measure, unknown>>): Measures {
  for (const measure of MEASURES) {
    const value = Number(from[measure] ?? 0)
    if (Number.isFinite(value)) into[measure] += value
  }
  into.watchMinutes = roundMinutes(into.watchMinutes)
  return into
}
