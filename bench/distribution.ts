/**
 * distribution: the public delivery API and the publish → platforms pipeline, on SQLite and
 * PostgreSQL (BENCH_DATABASES), each on a freshly seeded database (lib/seedStories: BENCH_STORIES
 * published stories, default 5000, plus ~12 % in other states).
 *
 *   delivery API  GET /delivery/v1/stories?limit=20 (a page of 20 in the public shape, served
 *                 from the cache that every publish invalidates) on our server against bare
 *                 Payload's REST page of 20 at depth 1 (core's `bare` server and PAGE20), 32
 *                 clients, each in a fresh child process. Goal: ≥ 10× bare's req/s, p99 < 100 ms.
 *   freshness     the same load while stories are published over REST on that server; each
 *                 publish is followed at once by reads of the story and of the page: stale reads
 *                 must be 0 (distribution/freshness.ts).
 *   latency       publish (REST, desk chief) → all 6 deliveries confirmed, stories one after
 *                 another (BENCH_DIST_PUBLISHES, default 200), with the outbox polled every 500 ms
 *                 (the default OUTBOX_POLL_MS) and every 50 ms. Goal: p95 < 1 s.
 *   throughput    BENCH_DIST_STORIES (default 1000) approved stories published back to back
 *                 through the Local API, until all × 6 deliveries are confirmed: deliveries/s.
 *   worker CPU    user + system seconds of the worker process per story (latency runs) and per
 *                 delivery (throughput): the cost that holds on a busy machine, where wall-clock
 *                 rates follow whatever else runs.
 *
 * The six targets (distribution/targets.ts), each answered by a local server speaking the
 * platform's wire format (test/helpers): two agency websites (revalidation webhooks), two Zalo
 * OAs (create → verify), a partner pulling the RSS feed, a NINJS exchange pushed to a partner
 * agency; all with ratePerMinute 0. Left out on purpose: podcast (refuses stories without audio)
 * and grassroots (only bulletin stories go there, and their MP3 synthesis with espeak-ng and
 * lame would measure the speech engine, not the pipeline).
 *
 * Processes, as in production: the web server (lib/serverProcess, our full app) takes the REST
 * publishes; the worker (lib/workerProcess: startWorker on the distribution queue, on a private
 * Redis prefix, WORKER_DISTRIBUTION_CONCURRENCY jobs at once, default 8) runs the outbox
 * dispatcher, the fan-out and the deliveries; this process prepares the data, runs the local
 * receiving ends, publishes (throughput) and reads the delivery records.
 *
 * Environment: BENCH_STORIES (5000), BENCH_SECONDS (10) and BENCH_WARMUP_SECONDS (1) per load
 * measurement, BENCH_DATABASES (sqlite,postgres), BENCH_POSTGRES_URL / TEST_POSTGRES_URL,
 * BENCH_DIST_PUBLISHES (200), BENCH_DIST_STORIES (1000), BENCH_DIST_PROBES (20: publishes in
 * the freshness probe), WORKER_DISTRIBUTION_CONCURRENCY (8), REDIS_URL (redis://127.0.0.1:6379),
 * BENCH_DIST_PARTS (api,pipeline: the delivery API and freshness, the publish pipeline),
 * BENCH_CPU_PROFILE (a folder: CPU profiles of the server and worker children), BENCH_WORKER_LOG
 * (a file: the worker children's whole output).
 */
import { availableParallelism, loadavg } from 'node:os'

import { queuesFor } from '../plugins/jobs'
import { QUEUE_NAMES } from '../plugins/jobs/types'
import { startServer } from './lib/children'
import { createBenchDatabase, type BenchDatabase, type DatabaseKind } from './lib/databases'
import { envInt, figure, note, type Section } from './lib/report'
import { measureDeliveryThroughput, verifyPages, type LoadOptions } from './distribution/deliveryApi'
import { measureFanOutThroughput, measurePublishLatency } from './distribution/fanOut'
import { measureFingerprint, probeFreshness } from './distribution/freshness'
import {
  createApprovedStories,
  createCover,
  createPublisher,
  login,
  openNewsroom,
  type Newsroom,
} from './distribution/newsroom'
import { createLocalTargets } from './distribution/targets'

const DEFAULT_POLL_MS = 500
const FAST_POLL_MS = 50

type Options = LoadOptions & {
  stories: number
  publishes: number
  throughputStories: number
  probes: number
  concurrency: number
  parts: Set<string>
}

function databasesToRun(): DatabaseKind[] {
  const wanted = (process.env.BENCH_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = wanted.filter((db) => db !== 'sqlite' && db !== 'postgres')
  if (unknown.length)
    throw new Error(`BENCH_DATABASES: unknown database(s) ${unknown.join(', ')} (sqlite, postgres)`)
  return wanted as DatabaseKind[]
}

/** One part of the run; a failure is reported and the next part still runs. */
async function part(label: string, run: () => Promise<boolean>): Promise<boolean> {
  try {
    return await run()
  } catch (error) {
    console.log(`# ${label} FAILED: ${((error as Error).stack ?? String(error)).split('\n').join('\n#   ')}`)
    return false
  }
}

async function seed(name: string, db: BenchDatabase, stories: number): Promise<number> {
  const seeder = await startServer({
    role: 'ours',
    databaseURL: db.url,
    dataDir: db.dataDir,
    seed: stories,
    timeoutMs: 120_000 + stories * 40,
  })
  await seeder.stop()
  if (!seeder.seed) throw new Error('the seeding server did not report its seed')
  figure(`distribution.${name}.seed.published`, seeder.seed.published, 'docs')
  figure(`distribution.${name}.seed.seconds`, seeder.seed.seconds, 's')
  return seeder.seed.published
}

async function pipeline(name: string, db: BenchDatabase, newsroom: Newsroom, options: Options) {
  const { payload } = newsroom
  // The freshness probe's publishes left fan-outs in the outbox (no worker ran, no targets
  // existed yet): they must not land in the measured runs.
  await payload.delete({
    collection: 'job-outbox' as never,
    where: { status: { equals: 'pending' } },
    overrideAccess: true,
  })
  const cover = await createCover(payload)
  const targets = await createLocalTargets(payload, payload.config.serverURL)
  const warm = 3
  const perRun = options.publishes + warm
  const latencyStories = await createApprovedStories(payload, perRun * 2, { cover, label: 'l', seed: 11 })
  const throughputStories = await createApprovedStories(payload, options.throughputStories, {
    cover,
    label: 't',
    seed: 12,
  })
  let ok = true
  try {
    const server = await startServer({
      role: 'ours',
      databaseURL: db.url,
      dataDir: db.dataDir,
      timeoutMs: 120_000,
    })
    try {
      const web = { port: server.port, token: await login(server.port) }
      for (const [run, pollMs] of [DEFAULT_POLL_MS, FAST_POLL_MS].entries()) {
        const stories = latencyStories.slice(run * perRun, (run + 1) * perRun)
        ok =
          (await part(`distribution.${name} latency (poll ${pollMs} ms)`, () =>
            measurePublishLatency(name, newsroom, web, stories, targets.count, {
              pollMs,
              concurrency: options.concurrency,
            }),
          )) && ok
      }
    } finally {
      await server.stop()
    }
    ok =
      (await part(`distribution.${name} throughput`, () =>
        measureFanOutThroughput(name, newsroom, throughputStories, targets.count, {
          pollMs: DEFAULT_POLL_MS,
          concurrency: options.concurrency,
        }),
      )) && ok
    const received = Object.entries(targets.received())
    note(
      `received: ${received.map(([target, r]) => `${target} ${r.requests}`).join(', ')} (feed: pulled, nothing sent)`,
    )
    const twice = received.reduce((sum, [, r]) => sum + r.requests - r.distinct, 0)
    figure(`distribution.${name}.duplicate_sends`, twice, 'requests')
    if (twice)
      note(
        `sent more than once: ${received
          .filter(([, r]) => r.requests > r.distinct)
          .map(([target, r]) => `${target} ${r.requests - r.distinct}`)
          .join(', ')} (same idempotency key; receivers that honour it drop the repeat)`,
      )
  } finally {
    await targets.close()
  }
  return ok
}

async function runDatabase(kind: DatabaseKind, options: Options): Promise<boolean> {
  const name = kind
  const [one, five] = loadavg()
  note(
    `--- ${name} --- (load average ${one?.toFixed(1)} / ${five?.toFixed(1)} on ${availableParallelism()} cores)`,
  )
  const db = await createBenchDatabase(kind)
  let newsroom: Newsroom | undefined
  try {
    note(`database: ${db.label}`)
    const published = await seed(name, db, options.stories)
    let ok = true
    if (options.parts.has('api'))
      ok = await part(`distribution.${name} delivery API`, async () => {
        await verifyPages(name, db, published)
        return measureDeliveryThroughput(name, db, options)
      })
    newsroom = await openNewsroom(db, {
      REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `bench-dist-${process.pid}-${name}`,
    })
    await createPublisher(newsroom.payload)
    const current = newsroom
    if (options.parts.has('api')) {
      await measureFingerprint(name, current.payload)
      const probeCover = await createCover(current.payload)
      const probeStories = await createApprovedStories(current.payload, options.probes, {
        cover: probeCover,
        label: 'f',
        seed: 10,
      })
      ok =
        (await part(`distribution.${name} freshness`, () =>
          probeFreshness(name, db, probeStories, options),
        )) && ok
    }
    if (options.parts.has('pipeline'))
      ok = (await part(`distribution.${name} pipeline`, () => pipeline(name, db, current, options))) && ok
    return ok
  } finally {
    if (newsroom) {
      // The private queues' jobs would otherwise stay in the shared Redis for days.
      const queues = queuesFor(newsroom.payload)
      await Promise.allSettled(QUEUE_NAMES.map((queue) => queues.get(queue).obliterate({ force: true })))
      await newsroom.close()
    }
    await db
      .drop()
      .catch((error: Error) =>
        console.log(`# distribution.${name}: could not drop the bench database: ${error.message}`),
      )
  }
}

async function run(): Promise<boolean> {
  const options: Options = {
    stories: envInt('BENCH_STORIES', 5000),
    seconds: envInt('BENCH_SECONDS', 10),
    warmup: envInt('BENCH_WARMUP_SECONDS', 1, 0),
    publishes: envInt('BENCH_DIST_PUBLISHES', 200),
    throughputStories: envInt('BENCH_DIST_STORIES', 1000),
    probes: envInt('BENCH_DIST_PROBES', 20),
    concurrency: envInt('WORKER_DISTRIBUTION_CONCURRENCY', 8),
    parts: new Set((process.env.BENCH_DIST_PARTS || 'api,pipeline').split(',').map((s) => s.trim())),
  }
  note(
    `${options.stories} published stories; load ${options.seconds} s at 32 clients after ${options.warmup} s warm-up; ` +
      `${options.publishes} timed publishes per outbox poll setting (+3 warm-up), ${options.throughputStories} stories ` +
      `for throughput, 6 targets, ${options.concurrency} concurrent distribution jobs`,
  )
  note('figures: distribution.<db>.<ours|bare|ratio|publish_to_confirmed|throughput>.<case>.<metric>')
  let ok = true
  for (const kind of databasesToRun()) {
    ok = (await part(`distribution.${kind}`, () => runDatabase(kind, options))) && ok
  }
  return ok
}

const distribution: Section = {
  title: 'distribution — delivery API vs bare Payload, freshness, publish → 6 targets confirmed',
  run,
}
export default distribution
