/**
 * Part 2: publish → every target confirmed, through the real pipeline: the publish commits an
 * outbox row (web server child), the worker child's dispatcher moves it to Redis on its next
 * poll, the fan-out job writes one delivery record per target and queues a job each, the deliver
 * jobs call the local receiving ends (targets.ts) and record the confirmation.
 *
 *   latency     stories published one after another over REST as a desk chief; for each, from
 *               the publish response to the last of its deliveries confirmed (records' own
 *               confirmedAt), once with the default outbox poll and once at 50 ms.
 *   throughput  N approved stories published back to back through the Local API (trusted,
 *               user-less, as seed code does), then the time until all N × targets deliveries
 *               are confirmed, from the first publish to the last confirmedAt.
 */
import type { Payload } from 'payload'

import { percentile } from '../../plugins/ai/lib/eval/percentile'
import { cpuSeconds } from '../lib/procCpu'
import { figure, note } from '../lib/report'
import { startWorkerChild, type WorkerChild } from '../lib/workerChild'
import type { ApprovedStory, Newsroom } from './newsroom'
import { settled, type DeliveryRow, type Settled } from './settle'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const WARMUP_PUBLISHES = 3
const STORY_TIMEOUT_MS = 60_000

export type WorkerKnobs = { pollMs: number; concurrency: number }

function workerEnv(newsroom: Newsroom, knobs: WorkerKnobs) {
  return {
    ...newsroom.env,
    OUTBOX_POLL_MS: String(knobs.pollMs),
    WORKER_DISTRIBUTION_CONCURRENCY: String(knobs.concurrency),
  }
}

async function deliveriesOf(payload: Payload, storyId: number | string): Promise<DeliveryRow[]> {
  const { docs } = await payload.find({
    collection: 'deliveries' as never,
    where: { story: { equals: storyId } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as DeliveryRow[]
}

/** Polls the story's records every 10 ms until all `expected` have settled. */
async function waitSettled(
  payload: Payload,
  worker: WorkerChild,
  storyId: number | string,
  expected: number,
  since: number,
) {
  const deadline = Date.now() + STORY_TIMEOUT_MS
  while (Date.now() < deadline) {
    worker.assertAlive()
    const result = settled(await deliveriesOf(payload, storyId), expected, since)
    if (result) return result
    await sleep(10)
  }
  throw new Error(
    `story ${storyId}: its ${expected} deliveries did not settle within ${STORY_TIMEOUT_MS / 1000} s`,
  )
}

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

export async function measurePublishLatency(
  name: string,
  newsroom: Newsroom,
  server: { port: number; token: string },
  stories: ApprovedStory[],
  targets: number,
  knobs: WorkerKnobs,
): Promise<boolean> {
  const worker = await startWorkerChild({ env: workerEnv(newsroom, knobs), queues: ['distribution'] })
  const results: Settled[] = []
  let cpu = Number.NaN
  try {
    for (const [index, story] of stories.entries()) {
      if (index === WARMUP_PUBLISHES) cpu = cpuSeconds(worker.pid)
      await publishOverREST(server.port, server.token, story)
      const since = Date.now()
      const result = await waitSettled(newsroom.payload, worker, story.id, targets, since)
      if (index >= WARMUP_PUBLISHES) results.push(result)
    }
    cpu = cpuSeconds(worker.pid) - cpu
  } finally {
    await worker.stop()
  }
  const base = `distribution.${name}.publish_to_confirmed.poll${knobs.pollMs}`
  const times = results.filter((r) => r.confirmed === targets).map((r) => r.toLastConfirmed)
  const problems = results.flatMap((r) => r.problems)
  figure(`${base}.publishes`, results.length, 'stories')
  figure(`${base}.p50`, percentile(times, 50), 'ms')
  figure(`${base}.p95`, percentile(times, 95), 'ms')
  figure(`${base}.max`, Math.max(...times), 'ms')
  figure(
    `${base}.fanout.p50`,
    percentile(
      results.map((r) => r.toFanOut),
      50,
    ),
    'ms',
  )
  figure(`${base}.not_confirmed`, problems.length, 'deliveries')
  figure(`${base}.worker_cpu_per_story`, (cpu * 1000) / results.length, 'ms')
  const p95 = percentile(times, 95)
  note(
    `outbox poll ${knobs.pollMs} ms, ${knobs.concurrency} concurrent jobs: p95 ${p95.toFixed(0)} ms ` +
      `${p95 < 1000 ? 'meets' : 'misses'} the < 1 s goal (fanout = publish response → first delivery record)`,
  )
  if (problems.length) note(`not confirmed: ${[...new Set(problems)].slice(0, 5).join(' | ')}`)
  return problems.length === 0
}

type Counts = { settled: number; confirmed: number }

async function countSince(payload: Payload, sinceISO: string): Promise<Counts> {
  const count = async (statuses: string[]) =>
    (
      await payload.count({
        collection: 'deliveries' as never,
        where: { and: [{ createdAt: { greater_than_equal: sinceISO } }, { status: { in: statuses } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const [confirmed, other] = await Promise.all([
    count(['confirmed']),
    count(['failed', 'skipped', 'cancelled']),
  ])
  return { settled: confirmed + other, confirmed }
}

async function lastConfirmedAt(payload: Payload, sinceISO: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'deliveries' as never,
    where: { and: [{ createdAt: { greater_than_equal: sinceISO } }, { status: { equals: 'confirmed' } }] },
    sort: '-confirmedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const row = docs[0] as unknown as DeliveryRow | undefined
  return row?.confirmedAt ? Date.parse(row.confirmedAt) : Number.NaN
}

export async function measureFanOutThroughput(
  name: string,
  newsroom: Newsroom,
  stories: ApprovedStory[],
  targets: number,
  knobs: WorkerKnobs,
): Promise<boolean> {
  const { payload } = newsroom
  const expected = stories.length * targets
  const worker = await startWorkerChild({ env: workerEnv(newsroom, knobs), queues: ['distribution'] })
  let counts: Counts = { settled: 0, confirmed: 0 }
  let started = 0
  let published = 0
  try {
    const cpuBefore = cpuSeconds(worker.pid)
    started = Date.now()
    const sinceISO = new Date(started).toISOString()
    for (const story of stories) {
      await payload.update({
        collection: 'stories',
        id: story.id,
        data: { workflowState: 'published' } as never,
        depth: 0,
        overrideAccess: true,
      })
    }
    published = Date.now()
    // Stalled = no delivery settled for a minute: a stuck pipeline ends the run with what it has.
    let lastProgress = Date.now()
    while (counts.settled < expected && Date.now() - lastProgress < 60_000) {
      await sleep(250)
      worker.assertAlive()
      const next = await countSince(payload, sinceISO)
      if (next.settled > counts.settled) lastProgress = Date.now()
      counts = next
    }
    const cpu = cpuSeconds(worker.pid) - cpuBefore
    const last = await lastConfirmedAt(payload, sinceISO)
    const seconds = (last - started) / 1000
    const base = `distribution.${name}.throughput`
    figure(`${base}.stories`, stories.length, 'stories')
    figure(`${base}.publish_seconds`, (published - started) / 1000, 's')
    figure(`${base}.confirmed`, counts.confirmed, 'deliveries')
    figure(`${base}.seconds`, seconds, 's')
    figure(`${base}.deliveries_per_s`, counts.confirmed / seconds, 'deliveries/s')
    figure(`${base}.worker_cpu_per_delivery`, (cpu * 1000) / counts.confirmed, 'ms')
    if (counts.confirmed < expected)
      figure(`${base}.not_confirmed`, expected - counts.confirmed, 'deliveries')
    note(
      `${stories.length} stories × ${targets} targets published back to back through the Local API in ` +
        `${((published - started) / 1000).toFixed(1)} s; the last delivery confirmed ${((last - published) / 1000).toFixed(1)} s ` +
        `after the last publish (outbox poll ${knobs.pollMs} ms, ${knobs.concurrency} concurrent jobs)`,
    )
  } finally {
    await worker.stop()
  }
  return counts.confirmed === expected
}
