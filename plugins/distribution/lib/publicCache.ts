import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

export type CachedResponse = { body: Buffer; etag: string; contentType: string; status: number }

type Probe = { startedAt: number; result: Promise<string> }

/**
 * What public readers see changes only when a story enters, changes in or leaves the public
 * states: the fingerprint of those stories (how many, the sum of their revisions — every save
 * bumps one — and the latest update) names the current version of everything public. Responses
 * are kept per fingerprint; a new fingerprint drops them all. Reading the fingerprint is one
 * aggregate query per request, so a read after a publish, correction or kill is never stale,
 * whichever process made the change.
 */
export class PublicCache {
  private fingerprint: string | undefined
  private readonly entries = new Map<string, CachedResponse>()
  private probe: Probe | undefined
  private next: Promise<Probe> | undefined
  private readonly building = new Map<string, Promise<CachedResponse>>()
  private bytes = 0
  /** When the query that gave the current fingerprint started. */
  private fingerprintReadAt = -Infinity

  constructor(
    private readonly payload: Payload,
    private readonly maxEntries: number,
    /** Anonymous clients choose what is cached (pages, locales): the memory it takes is capped. */
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /**
   * Requests may share a fingerprint query only if it started after they arrived: one started
   * earlier may have read the database before a change the request already knows about. Those
   * that arrive while a query runs share the next one, started as soon as it ends, so a crowd of
   * readers costs two queries at a time, not one each.
   */
  async current(arrivedAt = performance.now()): Promise<Probe> {
    const probe = this.probe
    if (probe && probe.startedAt >= arrivedAt) return probe
    if (!probe) return this.startProbe()
    this.next ??= probe.result
      .catch(() => undefined)
      .then(() => {
        this.next = undefined
        return this.startProbe()
      })
    return this.next
  }

  private startProbe(): Probe {
    const probe: Probe = { startedAt: performance.now(), result: readFingerprint(this.payload) }
    this.probe = probe
    probe.result
      .finally(() => {
        if (this.probe === probe) this.probe = undefined
      })
      .catch(() => {})
    return probe
  }

  async get(
    key: string,
    build: () => Promise<Omit<CachedResponse, 'etag'>>,
    arrivedAt?: number,
  ): Promise<CachedResponse> {
    const probe = await this.current(arrivedAt)
    let fingerprint = await probe.result
    if (fingerprint !== this.fingerprint) {
      if (probe.startedAt < this.fingerprintReadAt) {
        // A slower, older query finished after a newer one: the newer answer is at least as fresh
        // for this request (its query started after the request arrived too), and going back to
        // the old one would throw away every answer built since.
        fingerprint = this.fingerprint!
      } else {
        this.entries.clear()
        this.bytes = 0
        this.fingerprint = fingerprint
        this.fingerprintReadAt = probe.startedAt
      }
    }
    const hit = this.entries.get(key)
    if (hit) return hit
    const pendingKey = `${fingerprint}\u0000${key}`
    let pending = this.building.get(pendingKey)
    if (!pending) {
      pending = build().then((response) => {
        const entry = {
          ...response,
          etag: `"${createHash('sha1').update(fingerprint).update(key).digest('base64url')}"`,
        }
        // Kept only if no newer fingerprint replaced this one while building.
        if (this.fingerprint === fingerprint && response.status === 200) {
          this.entries.set(key, entry)
          this.bytes += entry.body.length
          // Oldest first out, until both limits hold.
          for (const [oldKey, old] of this.entries) {
            if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break
            this.entries.delete(oldKey)
            this.bytes -= old.body.length
          }
        }
        return entry
      })
      this.building.set(pendingKey, pending)
      pending.finally(() => this.building.delete(pendingKey)).catch(() => {})
    }
    return pending
  }
}

type Row = { n: number | string | null; revisions: number | string | null; latest: string | Date | null }

const FINGERPRINT_SQL = `SELECT count(*) AS n, sum(revision) AS revisions, max(updated_at) AS latest
  FROM stories WHERE workflow_state IN ('published', 'corrected', 'killed')`

async function readFingerprint(payload: Payload): Promise<string> {
  // Through the adapters' own clients: the two adapters bring two copies of drizzle-orm, and a
  // query built with one is not understood by the other.
  const db = payload.db as unknown as {
    name: string
    pool?: { query: (text: string) => Promise<{ rows: Row[] }> }
    client?: { execute: (text: string) => Promise<{ rows: Row[] }> }
  }
  const { rows } =
    db.name === 'postgres' ? await db.pool!.query(FINGERPRINT_SQL) : await db.client!.execute(FINGERPRINT_SQL)
  const row = rows[0] ?? { n: 0, revisions: 0, latest: null }
  const latest = row.latest instanceof Date ? row.latest.toISOString() : String(row.latest ?? '')
  return `${row.n}:${row.revisions ?? 0}:${latest}`
}
