import type { Endpoint } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { ledgerCsv } from '../lib/ledgerCsv'
import { monthsOfYear } from '../lib/months'
import { REVENUE_ENTRIES_SLUG } from '../lib/slugs'
import { ledgerQuery } from './report'

/**
 * `GET /api/revenue/report.csv?year=[&publication=]`: the year's ledger entries in the import
 * format, as an attachment (`so-doanh-thu-2026.csv`). Entries only: a `baseline` is ignored.
 */
export const ledgerExportEndpoint: Endpoint = {
  path: '/revenue/report.csv',
  method: 'get',
  handler: async (req) => {
    const query = await ledgerQuery(req)
    if (query instanceof Response) return query
    const [{ docs }, publications] = await Promise.all([
      req.payload.find({
        collection: REVENUE_ENTRIES_SLUG,
        where: {
          and: [
            { month: { in: monthsOfYear(query.year) } },
            ...(query.publication === undefined ? [] : [{ publication: { equals: query.publication } }]),
          ],
        },
        sort: 'month',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
      req.payload.find({
        collection: 'publications',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { code: true },
      }),
    ])
    const codes = new Map(publications.docs.map((doc) => [String(doc.id), String(doc.code ?? '')]))
    const csv = ledgerCsv(
      docs.map((doc) => {
        const entry = doc as unknown as Record<string, unknown>
        const publication = relationId(entry.publication)
        return {
          month: String(entry.month),
          publicationCode: publication === undefined ? '' : (codes.get(String(publication)) ?? ''),
          line: String(entry.line),
          kind: String(entry.kind),
          amount: Number(entry.amount),
          note: entry.note as string | null,
        }
      }),
    )
    const name = `so-doanh-thu-${query.year}${query.publication === undefined ? '' : `-kenh-${query.publication}`}.csv`
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
