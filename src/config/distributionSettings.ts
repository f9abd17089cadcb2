import { intValue, type Env } from './envValues'

export type DistributionSettings = {
  /** The agency's public website (canonical story links in feeds and on platforms). */
  siteURL: string
  /** Seals target credentials; defaults to the Payload secret (a key is derived from it). */
  secret: string | undefined
  attempts: number
  backoffMs: number
  defaultRatePerMinute: number
  reconcileSeconds: number
  staleSeconds: number
  concurrency: number
  feedItems: number
  cacheEntries: number
  agencyName: string
}

export function parseDistributionSettings(
  env: Env,
  serverURL: string,
  problems: string[],
): DistributionSettings {
  const siteURL = (env.SITE_URL || serverURL).trim().replace(/\/+$/, '')
  try {
    if (!/^https?:$/.test(new URL(siteURL).protocol))
      problems.push(`SITE_URL: "${siteURL}" must be an http(s) URL`)
  } catch {
    problems.push(`SITE_URL: "${siteURL}" is not a URL`)
  }
  const secret = env.DISTRIBUTION_SECRET?.trim() || undefined
  if (secret && secret.length < 32) problems.push('DISTRIBUTION_SECRET: use at least 32 characters')
  return {
    siteURL,
    secret,
    attempts: intValue(env, 'DISTRIBUTION_ATTEMPTS', 8, 1, problems),
    backoffMs: intValue(env, 'DISTRIBUTION_BACKOFF_MS', 2_000, 0, problems),
    defaultRatePerMinute: intValue(env, 'DISTRIBUTION_RATE_PER_MINUTE', 60, 0, problems),
    reconcileSeconds: intValue(env, 'DISTRIBUTION_RECONCILE_SECONDS', 30, 1, problems),
    staleSeconds: intValue(env, 'DISTRIBUTION_STALE_SECONDS', 120, 1, problems),
    concurrency: intValue(env, 'WORKER_DISTRIBUTION_CONCURRENCY', 8, 1, problems),
    feedItems: intValue(env, 'FEED_ITEMS', 50, 1, problems),
    cacheEntries: intValue(env, 'DELIVERY_CACHE_ENTRIES', 500, 1, problems),
    agencyName: env.AGENCY_NAME?.trim() || 'Báo và Phát thanh, Truyền hình Hưng Yên',
  }
}
