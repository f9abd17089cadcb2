import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { AirtimeImports } from './collections/AirtimeImports'
import { scheduleItems } from './collections/ScheduleItems'
import { refuseDeletingScheduledChannel } from './hooks/refuseDeletingScheduledChannel'
import { buildScheduleEndpoint } from './endpoints/buildSchedule'
import { complianceDaysEndpoint, complianceEndpoint } from './endpoints/compliance'
import { importScheduleEndpoint } from './endpoints/importSchedule'
import type { AirtimePluginOptions } from './types'

export type { AirtimePluginOptions } from './types'
export { AIRTIME_IMPORTS_SLUG } from './collections/AirtimeImports'
export { complianceForDay, type ComplianceReport, type ComplianceSettings } from './lib/compliance'
export { loadComplianceDay, loadComplianceDays, SCHEDULE_ITEMS_SLUG } from './lib/scheduleStore'

/**
 * Channel schedules and as-run logs (CSV import, built from rundowns) and airtime compliance per
 * channel per day. Put after the broadcast plugin: items link to its programmes and rundowns
 * when it is there.
 */
export const airtimePlugin =
  (options: AirtimePluginOptions): Plugin =>
  (config: Config): Config => {
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const withBroadcast = slugs.has('programmes') && slugs.has('rundowns')
    const items = scheduleItems({ withBroadcast })
    const next: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug === 'publications'
            ? withHooks(collection, { beforeDelete: [refuseDeletingScheduledChannel] })
            : collection,
        ),
        {
          ...items,
          endpoints: [importScheduleEndpoint, ...(withBroadcast ? [buildScheduleEndpoint] : [])],
        },
        AirtimeImports,
      ],
      endpoints: [...(config.endpoints ?? []), complianceDaysEndpoint(options), complianceEndpoint(options)],
    }
    return withAdminView(next, {
      key: 'airtime',
      path: '/airtime',
      Component: '/plugins/airtime/components/AirtimeView#AirtimeView',
      title: 'Tuân thủ thời lượng phát sóng',
      navLink: '/plugins/airtime/components/AirtimeNavLink#AirtimeNavLink',
    })
  }
