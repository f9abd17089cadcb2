/**
 * Part 1: the public delivery API (a page of 20 published stories in the public shape, from the
 * publish-invalidated cache) against bare Payload's REST API for the same page at depth 1, each
 * in a fresh child process on the same seeded database, 32 clients.
 */
import { startServer, type ServerRole } from '../lib/children'
import type { BenchDatabase } from '../lib/databases'
import { runLoad, warmUp, type LoadResult } from '../lib/load'
import { figure, note } from '../lib/report'

export const DELIVERY20 = '/delivery/v1/stories?limit=20'
/** The core section's page of 20 (core.ts PAGE20): bare Payload's best answer to the same question. */
export const PAGE20 = '/api/stories?limit=20&depth=1&where[workflowState][equals]=published'
export const CLIENTS = 32

export type LoadOptions = { seconds: number; warmup: number }

type Page = {
  docs?: Array<{ id?: unknown; slug?: string; bodyHtml?: string; bodyText?: string }>
  totalDocs?: number
}

export async function getPage(port: number, path: string): Promise<{ bytes: number; body: Page }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`)
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`GET ${path} on port ${port}: HTTP ${response.status} ${text.slice(0, 300)}`)
  return { bytes: Buffer.byteLength(text), body: JSON.parse(text) as Page }
}

/**
 * Both must answer a full page of published stories, or the ratio compares different work. The
 * delivery API's total also counts corrected stories (public too); bare's filter is `published`.
 */
export async function verifyPages(name: string, db: BenchDatabase, published: number): Promise<void> {
  const ours = await startServer({
    role: 'ours',
    databaseURL: db.url,
    dataDir: db.dataDir,
    timeoutMs: 120_000,
  })
  try {
    const bare = await startServer({
      role: 'bare',
      databaseURL: db.url,
      dataDir: db.dataDir,
      timeoutMs: 120_000,
    })
    try {
      const [a, b] = await Promise.all([getPage(ours.port, DELIVERY20), getPage(bare.port, PAGE20)])
      const expected = Math.min(20, published)
      if (a.body.docs?.length !== expected || (a.body.totalDocs ?? 0) < published)
        throw new Error(
          `delivery API: ${a.body.docs?.length} docs of ${a.body.totalDocs}, expected ${expected} of ≥ ${published}`,
        )
      if (b.body.docs?.length !== expected || b.body.totalDocs !== published)
        throw new Error(
          `bare REST: ${b.body.docs?.length} docs of ${b.body.totalDocs}, expected ${expected} of ${published}`,
        )
      figure(`distribution.${name}.ours.delivery20.bytes`, a.bytes, 'B')
      figure(`distribution.${name}.bare.page20.bytes`, b.bytes, 'B')
      const bodies = (a.body.docs ?? []).reduce(
        (sum, doc) => sum + Buffer.byteLength(JSON.stringify([doc.bodyHtml ?? '', doc.bodyText ?? ''])),
        0,
      )
      note(
        `the delivery page carries each story's full body twice (bodyHtml and bodyText): ` +
          `${Math.round(bodies / 1024)} KB of its ${Math.round(a.bytes / 1024)} KB`,
      )
    } finally {
      await bare.stop()
    }
  } finally {
    await ours.stop()
  }
}

/** One fresh server process per measurement, as in core (nothing queued from a previous run). */
async function measureOne(db: BenchDatabase, role: ServerRole, path: string, options: LoadOptions) {
  const server = await startServer({ role, databaseURL: db.url, dataDir: db.dataDir, timeoutMs: 120_000 })
  try {
    await warmUp({ port: server.port, path }, options.warmup)
    return await runLoad({ port: server.port, path }, CLIENTS, options.seconds)
  } finally {
    await server.stop()
  }
}

export function printLoad(base: string, result: LoadResult): boolean {
  figure(`${base}.rps`, result.rps, 'req/s')
  figure(`${base}.p50`, result.p50, 'ms')
  figure(`${base}.p99`, result.p99, 'ms')
  figure(`${base}.requests`, result.ok, 'req')
  if (result.failed > 0) figure(`${base}.failed`, result.failed, 'req')
  return result.failed === 0
}

export async function measureDeliveryThroughput(
  name: string,
  db: BenchDatabase,
  options: LoadOptions,
): Promise<boolean> {
  const ours = await measureOne(db, 'ours', DELIVERY20, options)
  const bare = await measureOne(db, 'bare', PAGE20, options)
  let clean = printLoad(`distribution.${name}.ours.delivery20.c${CLIENTS}`, ours)
  clean = printLoad(`distribution.${name}.bare.page20.c${CLIENTS}`, bare) && clean
  const ratio = ours.rps / bare.rps
  figure(`distribution.${name}.ratio.delivery20.c${CLIENTS}`, ratio, 'ratio')
  note(
    `delivery API ${ratio >= 10 ? 'meets' : 'misses'} the ≥ 10× goal (${ratio.toFixed(1)}×); ` +
      `p99 ${ours.p99.toFixed(1)} ms ${ours.p99 < 100 ? 'meets' : 'misses'} the < 100 ms goal`,
  )
  return clean
}
