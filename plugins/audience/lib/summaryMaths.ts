/**
 * The summary's arithmetic over rollup rows, pure: totals, the domestic and mobile shares and the
 * breakdowns by platform, month, desk and publication.
 */
import type { AudienceSummary } from '../types'
import { addMeasures, zeroMeasures, type Measures } from './measures'
import { isDomesticPlatform, platformOf } from './platforms'

export type RollupRow = Measures & {
  month: string
  platform: string
  desk: number | null
  publication: number | null
}

/** A share in percent with one decimal, or null when there is nothing to divide. */
export function sharePct(part: number, whole: number): number | null {
  if (!(whole > 0)) return null
  return Math.round((part / whole) * 1000) / 10
}

function tally<K>(rows: readonly RollupRow[], keyOf: (row: RollupRow) => K): Map<K, Measures> {
  const sums = new Map<K, Measures>()
  for (const row of rows) {
    const key = keyOf(row)
    let sum = sums.get(key)
    if (!sum) sums.set(key, (sum = zeroMeasures()))
    addMeasures(sum, row)
  }
  return sums
}

const byViews = (a: Measures, b: Measures) =>
  b.views - a.views || b.listens - a.listens || b.watchMinutes - a.watchMinutes

export type Names = { desks: Map<number, string>; publications: Map<number, string> }

export function summarise(
  rows: readonly RollupRow[],
  period: { from: string; to: string; months: readonly string[] },
  names: Names,
): Omit<AudienceSummary, 'topStories'> {
  const totals = tally(rows, () => 'all').get('all') ?? zeroMeasures()
  const domesticViews = rows.reduce((sum, row) => sum + (isDomesticPlatform(row.platform) ? row.views : 0), 0)

  const byPlatform = [...tally(rows, (row) => row.platform).entries()]
    .map(([platform, measures]) => ({
      platform,
      label: platformOf(platform)?.label ?? { vi: platform, en: platform },
      domestic: isDomesticPlatform(platform),
      ...measures,
    }))
    .sort((a, b) => byViews(a, b) || a.platform.localeCompare(b.platform))

  const months = tally(rows, (row) => row.month)
  const byMonth = period.months.map((month) => ({ month, ...(months.get(month) ?? zeroMeasures()) }))

  const byDesk = [...tally(rows, (row) => row.desk).entries()]
    .map(([desk, measures]) => ({
      desk,
      name: desk === null ? 'Chưa gắn ban' : (names.desks.get(desk) ?? `Ban #${desk}`),
      ...measures,
    }))
    .sort(byViews)
  const byPublication = [...tally(rows, (row) => row.publication).entries()]
    .map(([publication, measures]) => ({
      publication,
      name:
        publication === null
          ? 'Chưa gắn kênh'
          : (names.publications.get(publication) ?? `Kênh #${publication}`),
      ...measures,
    }))
    .sort(byViews)

  return {
    from: period.from,
    to: period.to,
    ...totals,
    domesticSharePct: sharePct(domesticViews, totals.views),
    mobileSharePct: sharePct(totals.mobileViews, totals.views),
    byPlatform,
    byMonth,
    byDesk,
    byPublication,
  }
}
