import type { Config, Plugin } from 'payload'

import type { RouteMount } from '../distribution'
import { defineJobs, defineWorkerService } from '../jobs'
import { AudienceDaily } from './collections/AudienceDaily'
import { AudienceFlushes } from './collections/AudienceFlushes'
import { AudienceImports } from './collections/AudienceImports'
import { AudienceRollups } from './collections/AudienceRollups'
import { AudienceStoryMonths } from './collections/AudienceStoryMonths'
import { AudienceStoryPlatformMonths } from './collections/AudienceStoryPlatformMonths'
import { flushNowEndpoint } from './endpoints/flushNow'
import { importAudienceEndpoint } from './endpoints/importAudience'
import { audienceReportEndpoint, audienceStoriesEndpoint } from './endpoints/report'
import { mountBeacon } from './routes/beacon'
import { beaconFlushService, flushBeaconsJob } from './services/beaconFlush'
import type { AudiencePluginOptions } from './types'

export type {
  AudienceFilter,
  AudienceMeasures,
  AudiencePluginOptions,
  AudienceStoryPage,
  AudienceStoryRow,
  AudienceSummary,
  AudienceSummaryOptions,
  LoadAudienceSummary,
} from './types'
export { AUDIENCE_DAILY_SLUG } from './collections/AudienceDaily'
export { AUDIENCE_IMPORTS_SLUG } from './collections/AudienceImports'
export { AUDIENCE_ROLLUPS_SLUG } from './collections/AudienceRollups'
export { AUDIENCE_STORY_MONTHS_SLUG } from './collections/AudienceStoryMonths'
export { AUDIENCE_STORY_PLATFORM_MONTHS_SLUG } from './collections/AudienceStoryPlatformMonths'
export { flushBeacons } from './lib/flushBeacons'
export { importAudienceRows } from './lib/importAudienceRows'
export { loadAudienceSummary } from './lib/loadAudienceSummary'
export { PLATFORMS, platformOf } from './lib/platforms'

/**
 * Audience per story × platform × day: the first-party beacon (counted in Redis, moved into the
 * database by the worker), platform CSV exports, and reports computed from pre-aggregated
 * tables kept current by every write. Needs the jobs plugin before it.
 */
export const audiencePlugin =
  (options: AudiencePluginOptions): Plugin =>
  (config: Config): Config => {
    const mount: RouteMount = (app, payload) => mountBeacon(app, payload, options)
    const custom = config.custom as { routes?: RouteMount[] } | undefined
    const next: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []),
        { ...AudienceDaily, endpoints: [importAudienceEndpoint(options)] },
        AudienceImports,
        AudienceRollups,
        AudienceStoryMonths,
        AudienceStoryPlatformMonths,
        AudienceFlushes,
      ],
      endpoints: [
        ...(config.endpoints ?? []),
        audienceReportEndpoint,
        audienceStoriesEndpoint,
        flushNowEndpoint,
      ],
      custom: { ...config.custom, routes: [...(custom?.routes ?? []), mount] },
    }
    defineJobs(next, [flushBeaconsJob as never])
    defineWorkerService(next, beaconFlushService(options.beaconFlushSeconds))
    return next
  }
