/**
 * The revenue ledger of the demo agency: plans and actuals for the baseline year 2024, for 2025
 * and for this year up to last month (plans for all of it), over the lines a merged press and
 * broadcasting agency earns from. 2025 comes out about 15 % above 2024 with state orders near
 * 37 % of the total, so the growth KPI and the state/market split open on believable figures.
 * 2024 and 2025 are closed, as their annual reports have gone to the province.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { insertRows } from '../lib/imports/bulkInsert'
import { ledgerHash } from '../../plugins/revenue/lib/contentHash'
import type { LedgerRow } from '../../plugins/revenue/lib/ledgerRows'
import type { EntryKind, RevenueLine } from '../../plugins/revenue/lib/lines'
import { monthsOfYear } from '../../plugins/revenue/lib/months'
import {
  REVENUE_ENTRIES_SLUG,
  REVENUE_IMPORTS_SLUG,
  REVENUE_PERIODS_SLUG,
} from '../../plugins/revenue/lib/slugs'
import { createPrng, seedFrom } from '../lib/prng'
import { vietnamDayStart, vietnamMonth } from '../lib/vietnamTime'
import { need, type IdMap } from './refs'

const MILLION = 1_000_000
const BASELINE_YEAR = 2024

type Stream = {
  line: RevenueLine
  /** Publication code; null = the agency as a whole. */
  publication: string | null
  /** Average month of 2024, in millions of đồng. */
  monthly: number
  /** Yearly growth from 2024 on. */
  growth: number
  /** Advertising follows the seasons (Tết high, summer low); budget money does not. */
  seasonal: boolean
  /** Months it happens in, when not every month (events). */
  months?: readonly number[]
}

const STREAMS: readonly Stream[] = [
  { line: 'stateOrders', publication: null, monthly: 1_700, growth: 0.14, seasonal: false },
  { line: 'advertisingPrint', publication: 'BAO-IN', monthly: 350, growth: -0.08, seasonal: true },
  { line: 'subscriptionsAndSales', publication: 'BAO-IN', monthly: 300, growth: -0.05, seasonal: false },
  { line: 'advertisingOnline', publication: 'WEB', monthly: 450, growth: 0.45, seasonal: true },
  { line: 'contentSales', publication: 'WEB', monthly: 80, growth: 0.45, seasonal: false },
  { line: 'advertisingAirtime', publication: 'TV', monthly: 700, growth: 0.1, seasonal: true },
  { line: 'advertisingAirtime', publication: 'RADIO', monthly: 150, growth: 0.04, seasonal: true },
  { line: 'sponsorship', publication: 'TV', monthly: 250, growth: 0.2, seasonal: true },
  { line: 'jointProduction', publication: 'TV', monthly: 200, growth: 0.25, seasonal: false },
  { line: 'services', publication: null, monthly: 100, growth: 0.1, seasonal: false },
  // Three big events a year (spring fair, the agency's anniversary, the autumn forum): 1.2 bn each in 2024.
  { line: 'events', publication: null, monthly: 300, growth: 0.2, seasonal: false, months: [1, 4, 9] },
]

/** Averages exactly 1 over the year, so seasons move money between months, not the total. */
const SEASON = [1.3, 1.15, 0.9, 0.95, 1.0, 0.9, 0.85, 0.9, 0.95, 1.0, 1.0, 1.1]

function amountOf(stream: Stream, year: number, month: number, kind: EntryKind): number {
  const random = createPrng(seedFrom(`${stream.line}:${stream.publication}:${year}-${month}:${kind}`))
  const perMonth = stream.months ? (stream.monthly * 12) / stream.months.length : stream.monthly
  const trend = perMonth * (1 + stream.growth) ** (year - BASELINE_YEAR)
  const season = stream.seasonal ? SEASON[month - 1]! : 1
  // Plans are set a little ambitious and in round millions; actuals wobble a few percent.
  if (kind === 'plan') return Math.round(trend * season * (1.02 + (random() - 0.5) * 0.04)) * MILLION
  return Math.round(trend * season * (1 + (random() - 0.5) * 0.08) * 10) * 100_000
}

/** The ledger rows of one year: plans for every month, actuals up to `lastActual` (YYYY-MM). */
function yearRows(year: number, lastActual: string, publications: IdMap): LedgerRow[] {
  const rows: LedgerRow[] = []
  for (const month of monthsOfYear(year)) {
    const monthNumber = Number(month.slice(5))
    for (const stream of STREAMS) {
      if (stream.months && !stream.months.includes(monthNumber)) continue
      const publication = stream.publication ? need(publications, stream.publication, 'publication') : null
      for (const kind of ['plan', 'actual'] as const) {
        if (kind === 'actual' && month > lastActual) continue
        rows.push({
          line: rows.length + 2,
          month,
          publication,
          revenueLine: stream.line,
          kind,
          amount: amountOf(stream, year, monthNumber, kind),
          note: '',
        })
      }
    }
  }
  return rows
}

const nextMonthTenth = (month: string) => {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5))]
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  return new Date(vietnamDayStart(`${next}-10`).getTime() + 9 * 3600_000).toISOString()
}

/** Each seeded year's rows: actuals up to last month (Vietnam time), plans for whole years. */
export function revenueSeedYears(publications: IdMap, now: Date): Array<{ year: number; rows: LedgerRow[] }> {
  const current = vietnamMonth(now)
  const thisYear = Number(current.slice(0, 4))
  const monthIndex = Number(current.slice(5))
  const lastMonth =
    monthIndex === 1 ? `${thisYear - 1}-12` : `${thisYear}-${String(monthIndex - 1).padStart(2, '0')}`
  return [...new Set([BASELINE_YEAR, 2025, thisYear])]
    .filter((year) => year <= thisYear)
    .map((year) => ({ year, rows: yearRows(year, lastMonth, publications) }))
}

/** Seeds the ledger in one transaction, in bulk; returns the number of entries. */
export async function seedRevenue(payload: Payload, publications: IdMap, now: Date): Promise<number> {
  const thisYear = Number(vietnamMonth(now).slice(0, 4))

  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  let entries = 0
  try {
    for (const { year, rows } of revenueSeedYears(publications, now)) {
      // Each year as the accountants' workbook would have brought it in: an export of that year
      // sent again is then recognised as already imported.
      const record = await payload.create({
        collection: REVENUE_IMPORTS_SLUG,
        data: {
          fileName: `so-doanh-thu-${year}.xlsx`,
          sha256: ledgerHash(rows),
          format: 'xlsx',
          rows: rows.length,
          replaced: 0,
          months: [...new Set(rows.map((row) => row.month))].join(', '),
          totalPlan: rows.filter((r) => r.kind === 'plan').reduce((sum, r) => sum + r.amount, 0),
          totalActual: rows.filter((r) => r.kind === 'actual').reduce((sum, r) => sum + r.amount, 0),
        },
        req,
        depth: 0,
        overrideAccess: true,
      })
      await insertRows(
        req,
        REVENUE_ENTRIES_SLUG,
        rows.map((row) => ({
          month: row.month,
          publication: row.publication,
          line: row.revenueLine,
          kind: row.kind,
          amount: row.amount,
          source: 'import',
          import: record.id,
        })),
      )
      entries += rows.length
    }
    const closed = [BASELINE_YEAR, 2025]
      .filter((year) => year < thisYear)
      .flatMap(monthsOfYear)
      .map((month) => ({ month, closedAt: nextMonthTenth(month), note: 'Đã báo cáo quyết toán năm' }))
    await insertRows(req, REVENUE_PERIODS_SLUG, closed)
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  return entries
}
