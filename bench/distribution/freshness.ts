/**
 * Freshness under load: while 32 clients read the delivery API's page of 20, stories are
 * published one by one over the same server's REST API (as a desk chief would), and right after
 * each publish answers, the story is asked for by slug and the page of 20 is read again. A read
 * that does not show the story (404, or not first on the newest-first page) is stale.
 */
import type { Payload } from 'payload'

import { percentile } from '../../plugins/ai/lib/eval/percentile'
import { PublicCache } from '../../plugins/distribution/lib/publicCache'
import { startServer } from '../lib/children'
import type { BenchDatabase } from '../lib/databases'
import { runLoad, warmUp } from '../lib/load'
import { figure, note } from '../lib/report'
import { CLIENTS, DELIVERY20, getPage, printLoad, type LoadOptions } from './deliveryApi'
import { login, type ApprovedStory } from './newsroom'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function publishOverREST(port: number, token: string, story: ApprovedStory): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/api/stories/${story.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ workflowState: 'published', revision: story.revision }),
  })
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`publish ${story.id}: HTTP ${response.status} ${text.slice(0, 300)}`)
}

type Probe = { publishMs: number; staleStory: boolean; staleList: boolean }

async function probeOne(port: number, token: string, story: ApprovedStory): Promise<Probe> {
  const started = performance.now()
  await publishOverREST(port, token, story)
  const publishMs = performance.now() - started
  const [single, list] = await Promise.all([
    fetch(`http://127.0.0.1:${port}/delivery/v1/stories/${story.slug}`).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { slug?: string },
    })),
    getPage(port, DELIVERY20),
  ])
  return {
    publishMs,
    staleStory: single.status !== 200 || single.body.slug !== story.slug,
    staleList: list.body.docs?.[0]?.slug !== story.slug,
  }
}

export async function probeFreshness(
  name: string,
  db: BenchDatabase,
  stories: ApprovedStory[],
  options: LoadOptions,
): Promise<boolean> {
  const server = await startServer({
    role: 'ours',
    databaseURL: db.url,
    dataDir: db.dataDir,
    timeoutMs: 120_000,
  })
  try {
    const token = await login(server.port)
    await warmUp({ port: server.port, path: DELIVERY20 }, options.warmup)
    const load = runLoad({ port: server.port, path: DELIVERY20 }, CLIENTS, options.seconds)
    // Spread over the run, leaving its first and last half-second alone.
    const gapMs = Math.max(50, (options.seconds * 1000 - 1000) / stories.length)
    const probes: Probe[] = []
    await sleep(500)
    for (const story of stories) {
      const due = performance.now() + gapMs
      probes.push(await probeOne(server.port, token, story))
      await sleep(Math.max(0, due - performance.now()))
    }
    const result = await load
    const base = `distribution.${name}.ours.freshness`
    const stale = probes.filter((p) => p.staleStory).length + probes.filter((p) => p.staleList).length
    figure(`${base}.publishes`, probes.length, 'stories')
    figure(`${base}.stale_reads`, stale, 'reads')
    figure(
      `${base}.publish.p50`,
      percentile(
        probes.map((p) => p.publishMs),
        50,
      ),
      'ms',
    )
    const clean = printLoad(`distribution.${name}.ours.delivery20.c${CLIENTS}.publishing`, result)
    note(
      `freshness: ${probes.length} publishes over REST during the load, each followed at once by a read of the ` +
        `story and of the page: ${stale} stale of ${probes.length * 2} reads (must be 0)`,
    )
    return clean && stale === 0
  } finally {
    await server.stop()
  }
}

/**
 * What the freshness guarantee costs each request: PublicCache reads the fingerprint of every
 * public story (count, sum of revisions, latest update) once per request, so this grows with the
 * archive. Timed here one query at a time, in this process, on the seeded database.
 */
export async function measureFingerprint(name: string, payload: Payload): Promise<void> {
  const cache = new PublicCache(payload, 1)
  const times: number[] = []
  for (let i = 0; i < 220; i++) {
    const started = performance.now()
    await cache.current()
    if (i >= 20) times.push(performance.now() - started)
  }
  figure(`distribution.${name}.ours.fingerprint.p50`, percentile(times, 50), 'ms')
  figure(`distribution.${name}.ours.fingerprint.p95`, percentile(times, 95), 'ms')
}
