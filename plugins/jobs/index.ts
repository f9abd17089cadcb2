import type { Config, Plugin } from 'payload'

import { JobOutbox } from './collections/JobOutbox'
import { jobsEndpoints } from './endpoints/jobsEndpoints'
import { createRegistry } from './lib/registry'
import type { JobsPluginOptions } from './types'

export { JOB_OUTBOX_SLUG } from './collections/JobOutbox'
export { dispatchOutbox } from './lib/dispatchOutbox'
export { enqueueJob } from './lib/enqueueJob'
export { closeQueues, queuesFor } from './lib/queues'
export { defineJobs, jobsRegistry } from './lib/registry'
export { startWorker } from './lib/startWorker'
export type * from './types'

/**
 * Background jobs on BullMQ: an outbox collection hooks write to, one Redis queue per capability,
 * the admins' queue view (failed jobs with retry) and the registry the worker process reads.
 * Capability plugins declare their jobs with `defineJobs(config, […])` after this plugin.
 */
export const jobsPlugin =
  (options: JobsPluginOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), JobOutbox],
    endpoints: [...(config.endpoints ?? []), ...jobsEndpoints],
    custom: { ...config.custom, jobs: createRegistry(options) },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          '/plugins/jobs/components/JobsNavLink#JobsNavLink',
        ],
        views: {
          ...config.admin?.components?.views,
          jobs: {
            Component: '/plugins/jobs/components/JobsView#JobsView',
            path: '/jobs',
            meta: { title: 'Hàng đợi xử lý' },
          },
        },
      },
    },
  })
