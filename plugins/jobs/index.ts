import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'

import { JobOutbox } from './collections/JobOutbox'
import { jobsEndpoints } from './endpoints/jobsEndpoints'
import { createRegistry } from './lib/registry'
import type { JobsPluginOptions } from './types'

export { JOB_OUTBOX_SLUG } from './collections/JobOutbox'
export { dispatchOutbox } from './lib/dispatchOutbox'
export { enqueueJob } from './lib/enqueueJob'
export { closeQueues, queuesFor } from './lib/queues'
export { defineJobs, defineWorkerService, jobsRegistry } from './lib/registry'
export { startWorker } from './lib/startWorker'
export type * from './types'

/**
 * Background jobs on BullMQ: an outbox collection hooks write to, one Redis queue per capability,
 * the admins' queue view (failed jobs with retry) and the registry the worker process reads.
 * Capability plugins declare their jobs with `defineJobs(config, […])` after this plugin.
 */
export const jobsPlugin =
  (options: JobsPluginOptions): Plugin =>
  (config: Config): Config =>
    withAdminView(
      {
        ...config,
        collections: [...(config.collections ?? []), JobOutbox],
        endpoints: [...(config.endpoints ?? []), ...jobsEndpoints],
        custom: { ...config.custom, jobs: createRegistry(options) },
      },
      {
        key: 'jobs',
        path: '/jobs',
        Component: '/plugins/jobs/components/JobsView#JobsView',
        title: 'Hàng đợi xử lý',
        navLink: '/plugins/jobs/components/JobsNavLink#JobsNavLink',
      },
    )
