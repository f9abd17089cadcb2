import type { Payload, SanitizedConfig } from 'payload'

import type { DistributionPluginOptions } from '../types.options'
import { credentialsKey } from './credentials'

/** What the distribution plugin's hooks, jobs, endpoints and routes share. */
export type DistributionRuntime = Required<Omit<DistributionPluginOptions, 'secret'>> & {
  credentialsKey: Buffer
}

export function createDistributionRuntime(options: DistributionPluginOptions): DistributionRuntime {
  const { secret, ...rest } = options
  return {
    attempts: 8,
    backoffMs: 2_000,
    defaultRatePerMinute: 60,
    reconcileSeconds: 30,
    staleSeconds: 120,
    concurrency: 4,
    feedItems: 50,
    cacheEntries: 500,
    agencyName: 'Tòa soạn hội tụ',
    locales: ['vi', 'en', 'zh'],
    ...rest,
    siteURL: rest.siteURL.replace(/\/+$/, ''),
    serverURL: rest.serverURL.replace(/\/+$/, ''),
    credentialsKey: credentialsKey(secret),
  }
}

export function distributionRuntime(payload: Payload | { config: SanitizedConfig }): DistributionRuntime {
  const runtime = (payload.config.custom as { distribution?: DistributionRuntime } | undefined)?.distribution
  if (!runtime) throw new Error('The distribution plugin is not configured.')
  return runtime
}
