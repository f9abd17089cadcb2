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
