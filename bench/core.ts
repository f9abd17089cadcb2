/**
 * core: anonymous REST reads of published stories, our server against a bare Payload.
 *
 *   a page of 20 at depth 1   GET /api/stories?limit=20&depth=1&where[workflowState][equals]=published
 *   one story by slug         GET /api/stories?where[slug][equals]=<slug>&limit=1&depth=1
 *
 * at 1 and 32 concurrent clients, on SQLite and PostgreSQL. "ours" is createApp +
 * buildNewsroomConfig (hooks, access rules, audit plugin, Express bridge); "bare" is the same
 * collections with none of that, behind handleEndpoints in plain node:http (lib/bareConfig.ts,
 * lib/fetchServer.ts). Both read the same freshly seeded database, each from its own child
 * process, never at the same time; autocannon runs in this process.
 *
 * Environment: BENCH_STORIES published stories (5000; ~12 % unpublished come on top),
 * BENCH_SECONDS per measurement (10), BENCH_WARMUP_SECONDS (1), BENCH_DATABASES
 * (sqlite,postgres), BENCH_POSTGRES_URL or TEST_POSTGRES_URL (admin URL; default
 * postgres://postgres@127.0.0.1:5432/postgres: a fresh database is created and dropped),
 * BENCH_ROUNDS (1: each case measured that many times per server, medians reported).
 */
import { availableParallelism, loadavg } from 'node:os'

import { startServer, type ServerChild, type ServerRole } from './lib/children'
import { createBenchDatabase, type BenchDatabase, type DatabaseKind } from './lib/databases'
import { runLoad, warmUp, type LoadResult } from './lib/load'
import { envInt, figure, note, type Section } from './lib/report'
import type { SeedResult } from './lib/seedStories'
import { pick, rng } from './lib/storyData'

const PAGE20 = '/api/stories?limit=20&depth=1&where[workflowState][equals]=published'
const bySlug = (slug: string) => `/api/stories?where[slug][equals]=${slug}&limit=1&depth=1`
const CONCURRENCY = [1, 32]

type Options = { stories: number; seconds: number; warmup: number; rounds: number }
type Case = { name: string; connections: number; path: string | (() => string) }
type Row = { label: string; ours: LoadResult; bare: LoadResult }

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

async function getJSON(
  port: number,
  path: string,
): Promise<{ bytes: number; body: { docs?: Array<{ id: unknown }>; totalDocs?: number } }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`)
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`GET ${path} on port ${port}: HTTP ${response.status} ${text.slice(0, 300)}`)
  return { bytes: Buffer.byteLength(text), body: JSON.parse(text) }
}

/**
 * Before timing anything: both servers must answer the same published stories (ours applies
 * its anonymous read rule, bare only the query), or the ratio would compare different work.
 */
async function verifySameAnswers(
  db: string,
  ours: ServerChild,
  bare: ServerChild,
  published: number,
  slug: string,
) {
  for (const [name, path, expected] of [
    ['page20', PAGE20, Math.min(20, published)],
    ['slug', bySlug(slug), 1],
  ] as const) {
    const [a, b] = await Promise.all([getJSON(ours.port, path), getJSON(bare.port, path)])
    const idsA = (a.body.docs ?? []).map((d) => d.id).join(',')
    const idsB = (b.body.docs ?? []).map((d) => d.id).join(',')
    if (a.body.docs?.length !== expected || idsA !== idsB) {
      throw new Error(
        `${name}: ours returned ${a.body.docs?.length} docs [${idsA}], bare ${b.body.docs?.length} [${idsB}], expected ${expected}`,
      )
    }
    if (name === 'page20' && (a.body.totalDocs !== published || b.body.totalDocs !== published)) {
      throw new Error(
        `page20: totalDocs ours ${a.body.totalDocs}, bare ${b.body.totalDocs}, expected ${published}`,
      )
    }
    figure(`core.${db}.ours.${name}.bytes`, a.bytes, 'B')
    figure(`core.${db}.bare.${name}.bytes`, b.bytes, 'B')
  }
}

function printRow(db: string, row: Row): boolean {
  let clean = true
  for (const [server, result] of [
    ['ours', row.ours],
    ['bare', row.bare],
  ] as const) {
    const base = `core.${db}.${server}.${row.label}`
    figure(`${base}.rps`, result.rps, 'req/s')
    figure(`${base}.p50`, result.p50, 'ms')
    figure(`${base}.p99`, result.p99, 'ms')
    figure(`${base}.requests`, result.ok, 'req')
    if (result.failed > 0) {
      figure(`${base}.failed`, result.failed, 'req')
      clean = false
    }
  }
  figure(`core.${db}.ratio.${row.label}`, row.ours.rps / row.bare.rps, 'ratio')
  return clean
}

function summary(rows: Row[]): void {
  const pad = (s: string, n: number) => s.padStart(n)
  const num = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
  const ms = (r: LoadResult) => `${num(r.p50, 1)} / ${num(r.p99, 1)}`
  note(
    `${'case'.padEnd(11)}${pad('ours req/s', 11)}${pad('bare req/s', 11)}${pad('ratio', 7)}${pad('ours p50/p99 ms', 20)}${pad('bare p50/p99 ms', 20)}`,
  )
  for (const { label, ours, bare } of rows) {
    note(
      `${label.padEnd(11)}${pad(num(ours.rps, 1), 11)}${pad(num(bare.rps, 1), 11)}${pad(num(ours.rps / bare.rps, 2), 7)}` +
        `${pad(ms(ours), 20)}${pad(ms(bare), 20)}`,
    )
  }
}

/**
 * One fresh server process per measurement: boot, warm up, measure, kill. When autocannon
 * stops, up to 32 requests are still queued in the server (seconds of work on slow cases);
 * killing the process is the only bounded way to keep them out of the next measurement, and
 * every measurement starts from the same state (same warm-up, nothing left over).
 */
async function measureOne(
  db: BenchDatabase,
  role: ServerRole,
  testCase: Case,
  options: Options,
): Promise<LoadResult> {
  const server = await startServer({ role, databaseURL: db.url, dataDir: db.dataDir, timeoutMs: 120_000 })
  try {
    const target = { port: server.port, path: testCase.path }
    await warmUp(target, options.warmup)
    return await runLoad(target, testCase.connections, options.seconds)
  } finally {
    await server.stop()
  }
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (!sorted.length) return Number.NaN
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** BENCH_ROUNDS > 1: the median of each figure across rounds (robust to a burst of other load); counts add up. */
function combineRounds(rounds: LoadResult[]): LoadResult {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    ok: rounds.reduce((sum, r) => sum + r.ok, 0),
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    seconds: rounds.reduce((sum, r) => sum + r.seconds, 0),
  }
}

/** Seeds through ours, then checks with both servers up that they answer the same stories. */
async function seedAndVerify(db: BenchDatabase, name: string, options: Options): Promise<SeedResult> {
  let ours: ServerChild | undefined
  let bare: ServerChild | undefined
  try {
    ours = await startServer({
      role: 'ours',
      databaseURL: db.url,
      dataDir: db.dataDir,
      seed: options.stories,
      timeoutMs: 120_000 + options.stories * 40,
    })
    const seed = ours.seed
    if (!seed) throw new Error('ours server did not report its seed')
    figure(`core.${name}.seed.stories`, seed.stories, 'docs')
    figure(`core.${name}.seed.published`, seed.published, 'docs')
    figure(`core.${name}.seed.seconds`, seed.seconds, 's')
    bare = await startServer({ role: 'bare', databaseURL: db.url, dataDir: db.dataDir, timeoutMs: 120_000 })
    await verifySameAnswers(name, ours, bare, seed.published, seed.publishedSlugs[0] as string)
    return seed
  } finally {
    await bare?.stop()
    await ours?.stop()
  }
}

async function measure(db: BenchDatabase, name: string, options: Options): Promise<boolean> {
  const seed = await seedAndVerify(db, name, options)
  const r = rng(7)
  const cases: Case[] = CONCURRENCY.flatMap((c) => [
    { name: `page20.c${c}`, connections: c, path: PAGE20 },
    { name: `slug.c${c}`, connections: c, path: () => bySlug(pick(r, seed.publishedSlugs)) },
  ])
  const rows: Row[] = []
  let clean = true
  for (const [index, testCase] of cases.entries()) {
    const results: Record<ServerRole, LoadResult[]> = { ours: [], bare: [] }
    for (let round = 0; round < options.rounds; round++) {
      // Alternating who goes first cancels out drift (other load on the machine, caches).
      const order: ServerRole[] = (index + round) % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours']
      for (const role of order) results[role].push(await measureOne(db, role, testCase, options))
    }
    const row = { label: testCase.name, ours: combineRounds(results.ours), bare: combineRounds(results.bare) }
    rows.push(row)
    clean = printRow(name, row) && clean
  }
  summary(rows)
  const thin = rows.filter((row) => Math.min(row.ours.ok, row.bare.ok) < 20).map((row) => row.label)
  if (thin.length)
    note(`fewer than 20 answers in ${thin.join(', ')}: those figures are rough; raise BENCH_SECONDS`)
  if (!clean) note(`core.${name}: some requests failed (see the .failed figures)`)
  return clean
}

async function run(): Promise<boolean> {
  const options: Options = {
    stories: envInt('BENCH_STORIES', 5000),
    seconds: envInt('BENCH_SECONDS', 10),
    warmup: envInt('BENCH_WARMUP_SECONDS', 1, 0),
    rounds: envInt('BENCH_ROUNDS', 1),
  }
  note(
    `${options.stories} published stories, ${options.seconds} s per measurement after ${options.warmup} s warm-up, ` +
      `clients ${CONCURRENCY.join(' and ')}, ${options.rounds} round(s) (median; .requests = answers over all rounds)`,
  )
  note('figures: core.<db>.<ours|bare>.<case>.<metric>; ratio = ours req/s ÷ bare req/s (goal ≥ 0.9)')
  let ok = true
  for (const kind of databasesToRun()) {
    const name = kind
    const [one, five] = loadavg()
    note(
      `--- ${name} --- (load average ${one?.toFixed(1)} / ${five?.toFixed(1)} on ${availableParallelism()} cores: other work on the machine skews both servers)`,
    )
    let db: BenchDatabase | undefined
    try {
      db = await createBenchDatabase(kind)
      note(`database: ${db.label}`)
      ok = (await measure(db, name, options)) && ok
    } catch (error) {
      ok = false
      console.log(`# core.${name} FAILED: ${(error as Error).message.split('\n').join('\n#   ')}`)
    } finally {
      await db
        ?.drop()
        .catch((error: Error) =>
          console.log(`# core.${name}: could not drop the bench database: ${error.message}`),
        )
    }
  }
  return ok
}

const core: Section = { title: 'core — anonymous REST reads of published stories: ours vs bare Payload', run }
export default core
