import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { RevenueEntries } from './collections/RevenueEntries'
import { RevenueImports } from './collections/RevenueImports'
import { RevenuePeriods } from './collections/RevenuePeriods'
import { importEntriesEndpoint } from './endpoints/importEntries'
import { ledgerExportEndpoint } from './endpoints/ledgerExport'
import { revenueReportEndpoint } from './endpoints/report'
import { refuseDeletingPublicationWithRevenue } from './hooks/refuseDeletingPublicationWithRevenue'
import type { RevenuePluginOptions } from './types'

export type { RevenuePluginOptions, RevenueYear, LoadRevenueYear, RevenueFilter } from './types'
export { loadRevenueYear } from './lib/loadRevenueYear'
export { LINE_INFO, REVENUE_LINES, type RevenueLine } from './lib/lines'
export { REVENUE_ENTRIES_SLUG, REVENUE_IMPORTS_SLUG, REVENUE_PERIODS_SLUG } from './lib/slugs'

/**
 * Revenue ledger (line × publication/channel × month, plan and actual): CSV/XLSX imports that are
 * never counted twice, closed months, and the year's report (docs/revenue.md).
 */
export const revenuePlugin =
  (options: RevenuePluginOptions): Plugin =>
  (config: Config): Config => {
    const next: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug === 'publications'
            ? withHooks(collection, { beforeDelete: [refuseDeletingPublicationWithRevenue] })
            : collection,
        ),
        { ...RevenueEntries, endpoints: [importEntriesEndpoint(options)] },
        RevenueImports,
        RevenuePeriods,
      ],
      endpoints: [...(config.endpoints ?? []), ledgerExportEndpoint, revenueReportEndpoint],
      // loadRevenueYear reads the baseline from here when its caller gives none.
      custom: { ...config.custom, revenue: { baselineYear: options.baselineYear } },
    }
    return withAdminView(next, {
      key: 'revenue',
      path: '/revenue',
      Component: '/plugins/revenue/components/RevenueView#RevenueView',
      title: 'Doanh thu',
      navLink: '/plugins/revenue/components/RevenueNavLink#RevenueNavLink',
    })
  }
