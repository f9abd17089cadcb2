export type DistributionPluginOptions = {
  /** Seals target credentials (AES-256-GCM under a key derived from it). */
  secret: string
  /** The agency's public website: canonical story URLs and feed links. */
  siteURL: string
  /** This server: feed self links and the delivery API. */
  serverURL: string
  locales?: string[]
  /** Used for targets without their own ratePerMinute. */
  defaultRatePerMinute?: number
  /** Attempts per delivery before it fails for good. */
  attempts?: number
  /** First retry delay; doubled at each attempt. */
  backoffMs?: number
  /** How often the worker looks for deliveries whose job was lost (a Redis restart). */
  reconcileSeconds?: number
  /** A queued or sent delivery untouched for this long, with no job, is given a new one. */
  staleSeconds?: number
  concurrency?: number
  /** Items per feed. */
  feedItems?: number
  /** Responses the delivery API keeps in memory. */
  cacheEntries?: number
  agencyName?: string
}
