import type { Express } from 'express'
import type { Config, Payload, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { defineJobs, defineWorkerService } from '../jobs'
import { Deliveries } from './collections/Deliveries'
import { distributionTargets } from './collections/DistributionTargets'
import { cancelDeliveryEndpoint, retryDeliveryEndpoint } from './endpoints/deliveryActions'
import { storyDistributionEndpoint } from './endpoints/storyDistribution'
import { storyDistributionFields } from './fields'
import { enqueueDistribution } from './hooks/enqueueDistribution'
import { refuseDeletingLiveStory } from './hooks/refuseDeletingLiveStory'
import { deliverJob } from './jobs/deliver'
import { fanOutStoryJob } from './jobs/fanOutStory'
import { PublicCache } from './lib/publicCache'
import { startReconciler } from './lib/reconcile'
import { createDistributionRuntime } from './lib/runtime'
import { mountDeliveryApi } from './routes/deliveryApi'
import { mountFeeds } from './routes/feeds'
import type { DistributionPluginOptions } from './types.options'

export { DELIVERIES_SLUG } from './collections/Deliveries'
export { TARGETS_SLUG } from './collections/DistributionTargets'
export type { DistributionPluginOptions } from './types.options'

/** What plugins put in `config.custom.routes`: mounted by createApp beside /api. */
export type RouteMount = (app: Express, payload: Payload) => void

/**
 * Multi-platform distribution: targets (each an adapter), a delivery record per story revision
 * and target, fan-out on publish/correction/kill through the queue, the public delivery API,
 * feeds and exports. Needs the jobs plugin before it.
 */
export const distributionPlugin =
  (options: DistributionPluginOptions): Plugin =>
  (config: Config): Config => {
    const runtime = createDistributionRuntime(options)
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug === 'stories') {
        const stories = withHooks(collection, {
          afterChange: [enqueueDistribution],
          beforeDelete: [refuseDeletingLiveStory],
        })
        return {
          ...stories,
          fields: [...stories.fields, ...storyDistributionFields],
          endpoints: [...(stories.endpoints || []), storyDistributionEndpoint(runtime)],
        }
      }
      return collection
    })
    const deliveries = { ...Deliveries, endpoints: [retryDeliveryEndpoint(runtime), cancelDeliveryEndpoint] }
    const mount: RouteMount = (app, payload) => {
      const cache = new PublicCache(payload, runtime.cacheEntries)
      mountDeliveryApi(app, payload, runtime, cache)
      mountFeeds(app, payload, runtime, cache)
    }
    const custom = config.custom as { routes?: RouteMount[] } | undefined
    const next: Config = withAdminView(
      {
        ...config,
        collections: [
          ...collections,
          distributionTargets(runtime.locales.map((code) => ({ code, label: code }))),
          deliveries,
        ],
        custom: { ...config.custom, distribution: runtime, routes: [...(custom?.routes ?? []), mount] },
      },
      {
        key: 'distribution',
        path: '/distribution',
        Component: '/plugins/distribution/components/DistributionView#DistributionView',
        title: 'Phát hành đa nền tảng',
        navLink: '/plugins/distribution/components/DistributionNavLink#DistributionNavLink',
      },
    )
    defineJobs(next, [fanOutStoryJob(runtime) as never, deliverJob(runtime) as never])
    defineWorkerService(next, {
      name: 'distribution-reconciler',
      queue: 'distribution',
      start: (payload) => startReconciler(payload, runtime),
    })
    return next
  }
