/**
 * The revenue figures of a year (the `RevenueYear` contract the report, the KPIs and the
 * dashboard read): one GROUP BY over the ledger for the year, the year before and the baseline
 * year, then plain arithmetic (summariseYear). Fast at any ledger size: the database returns at
 * most months × lines × channels × 2 sums, over the `month` index.
 */
import type { Payload } from 'payload'

import { isLookupId } from '../../../src/lib/lookupId'
import type { LoadRevenueYear } from '../types'
import { isEntryKind } from './lines'
import { isYear, monthsOfYear } from './months'
import { REVENUE_ENTRIES_SLUG } from './slugs'
import { summariseYear, type LedgerSum } from './summarise'

type SqlAdapter = {
  name: string
  drizzle: unknown
  tableNameMap?: Map<string, string>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/** The ledger's sums for these months, grouped by month, line, kind and channel. */
async function ledgerSums(
  payload: Payload,
  months: readonly string[],
  publication?: number | string,
): Promise<LedgerSum[]> {
  const db = payload.db as unknown as SqlAdapter
  const table = db.tableNameMap?.get(REVENUE_ENTRIES_SLUG.replace(/-/g, '_')) ?? 'revenue_entries'
  // Everything spliced in is ours and checked: YYYY-MM strings we built, an id that passed isLookupId.
  if (!months.every((month) => /^\d{4}-\d{2}$/.test(month))) throw new Error('ledgerSums: bad month')
  if (publication !== undefined && !isLookupId(publication)) throw new Error('ledgerSums: bad publication')
  const raw =
    `SELECT "month", "line", "kind", "publication_id" AS "publication", SUM("amount") AS "total", ` +
    `COUNT(*) AS "entries" FROM "${table.replace(/"/g, '')}" ` +
    `WHERE "month" IN (${months.map((m) => `'${m}'`).join(', ')})` +
    (publication === undefined ? '' : ` AND "publication_id" = ${Number(publication)}`) +
    ` GROUP BY "month", "line", "kind", "publication_id"`
  const result = (await db.execute({ drizzle: db.drizzle, raw })) as {
    rows?: ArrayLike<Record<string, unknown>>
  }
  return Array.from(result.rows ?? []).flatMap((row) => {
    const kind = row.kind
    if (!isEntryKind(kind)) return []
    const publicationId = row.publication
    return [
      {
        month: String(row.month),
        line: String(row.line),
        kind,
        publication:
          publicationId === null || publicationId === undefined ? null : (publicationId as number | string),
        // PostgreSQL's SUM of numeric and COUNT come back as strings.
        total: Number(row.total ?? 0),
        entries: Number(row.entries ?? 0),
      },
    ]
  })
}

async function publicationNames(payload: Payload, sums: readonly LedgerSum[]): Promise<Map<string, string>> {
  const ids = [...new Set(sums.flatMap((row) => (row.publication === null ? [] : [String(row.publication)])))]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'publications',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), String(doc.name ?? doc.id)]))
}

/** The plugin's configured baseline year (FIGURES_BASELINE_YEAR), kept in `config.custom.revenue`. */
export function configuredBaselineYear(payload: Payload): number {
  const custom = payload.config.custom as { revenue?: { baselineYear?: unknown } } | undefined
  const year = custom?.revenue?.baselineYear
  return typeof year === 'number' && isYear(year) ? year : 2024
}

export const loadRevenueYear: LoadRevenueYear = async (payload, filter) => {
  const { year, publication } = filter
  const configured = configuredBaselineYear(payload)
  // A year before the configured baseline is measured against nothing rather than against a
  // later year: it is its own baseline and the growth against it is left out (summariseYear).
  const precedesBaseline = filter.baselineYear === undefined && year < configured
  const baselineYear = filter.baselineYear ?? Math.min(configured, year)
  if (!isYear(year) || !isYear(baselineYear)) throw new Error(`loadRevenueYear: year ${year}/${baselineYear}`)
  const years = [...new Set([year, year - 1, baselineYear])].filter(isYear)
  const sums = await ledgerSums(payload, years.flatMap(monthsOfYear), publication)
  return summariseYear(sums, {
    year,
    baselineYear,
    names: await publicationNames(payload, sums),
    ...(precedesBaseline ? { configuredBaselineYear: configured } : {}),
  })
}
