/**
 * The planning section's two processes on one fresh database: a Payload in the bench process
 * (buildNewsroomConfig on the bench settings, as distribution/newsroom.ts) that creates the
 * schema, prepares the data and, for the e-paper, runs the worker; and our full server
 * (createApp, lib/serverProcess) in a child, which every timed request goes to over HTTP.
 */
import { request } from 'node:http'

import { getPayload, type Payload } from 'payload'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/server/closePayload'
import { benchEnv, benchSettings, type BenchEnv } from '../lib/benchSettings'
import { startServer, type ServerChild } from '../lib/children'
import type { BenchDatabase } from '../lib/databases'

export const EDITOR_EMAIL = 'bien-tap-vien@bench.local'
const PASSWORD = 'Ban-Bien-Tap@2026!Ok'

type Id = number | string

export type BaseIds = { desk: Id; sections: Id[]; tv: Id; print: Id }

export type Planning = {
  payload: Payload
  port: number
  /** The editor's JWT: editors may import schedules, read compliance, reorder, plan print, upload PDFs. */
  token: string
  ids: BaseIds
  close: () => Promise<void>
}

let instances = 0

/**
 * Boots the bench-process Payload with the development schema push (the database is empty), then
 * the server child without it, booting while `prepare` writes the data here (nothing is timed
 * before both are done). Payload caches instances by key: a key per boot keeps the second
 * database's instance apart from the first's.
 */
export async function openPlanning<T>(
  db: BenchDatabase,
  extraEnv: BenchEnv,
  prepare: (payload: Payload, ids: BaseIds) => Promise<T>,
): Promise<{ planning: Planning; prepared: T }> {
  const env = benchEnv(db.url, db.dataDir, extraEnv)
  const savedHmr = process.env.DISABLE_PAYLOAD_HMR
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  let payload: Payload
  try {
    const config = buildNewsroomConfig(benchSettings(env))
    payload = await getPayload({ config, key: `bench-planning-${++instances}` } as never)
  } finally {
    if (savedHmr === undefined) delete process.env.DISABLE_PAYLOAD_HMR
    else process.env.DISABLE_PAYLOAD_HMR = savedHmr
  }
  const booting = startServer({ role: 'ours', databaseURL: db.url, dataDir: db.dataDir, timeoutMs: 180_000 })
  // Settled at once so a failing boot is not an unhandled rejection while prepare still runs.
  booting.catch(() => undefined)
  let server: ServerChild | undefined
  try {
    const ids = await createBaseData(payload)
    const prepared = await prepare(payload, ids)
    server = await booting
    const token = await login(server.port)
    const child = server
    const close = async () => {
      await child.stop()
      await closePayload(payload)
    }
    return { planning: { payload, port: child.port, token, ids, close }, prepared }
  } catch (error) {
    await (server ?? (await booting.catch(() => undefined)))?.stop()
    await closePayload(payload)
    throw error
  }
}

async function createBaseData(payload: Payload): Promise<BaseIds> {
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection: collection as 'desks', data: data as never, depth: 0 })).id
  const agency = await create('agencies', { name: 'Báo và Phát thanh, Truyền hình Hưng Yên', kind: 'merged' })
  const desk = await create('desks', { name: 'Thời sự', code: 'TS', agency })
  const sections: Id[] = []
  for (const name of ['Thời sự', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Thể thao', 'Nông nghiệp'])
    sections.push(await create('sections', { name }))
  await create('users', {
    email: EDITOR_EMAIL,
    password: PASSWORD,
    fullName: 'Biên tập viên (bench)',
    role: 'editor',
    desks: [desk],
  })
  const tv = await create('publications', {
    name: 'Truyền hình Hưng Yên (HYTV)',
    code: 'HYTV',
    kind: 'tv',
    agency,
  })
  const print = await create('publications', { name: 'Báo Hưng Yên', code: 'BHY', kind: 'print', agency })
  return { desk, sections, tv, print }
}

type Raw = { status: number; contentType: string; body: Buffer }

/**
 * node:http on a new connection per request: a kept-alive socket the server closes after its
 * idle timeout (5 s; setup steps between requests take longer) can be reused at the moment it
 * closes, and the request then fails without ever reaching the server.
 */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function login(port: number): Promise<string> {
  const body = Buffer.from(JSON.stringify({ email: EDITOR_EMAIL, password: PASSWORD }))
  const answer = await send(port, 'POST', '/api/users/login', { 'content-type': 'application/json' }, body)
  const token = (JSON.parse(answer.body.toString('utf8')) as { token?: string }).token
  if (answer.status !== 200 || !token)
    throw new Error(`login: HTTP ${answer.status} ${answer.body.toString('utf8')}`)
  return token
}

export type Answer = { status: number; ms: number; bytes: number; text: string; json: () => unknown }

/**
 * One request to the server child as the editor, timed from sending to the last byte of the
 * answer (a zip is read to its end). A form is encoded before the clock starts.
 */
export async function call(
  planning: Planning,
  method: 'GET' | 'POST',
  path: string,
  body?: FormData | Record<string, unknown>,
): Promise<Answer> {
  const headers: Record<string, string> = { Authorization: `JWT ${planning.token}` }
  let data: Buffer | undefined
  if (body instanceof FormData) {
    const encoded = new Response(body)
    headers['content-type'] = encoded.headers.get('content-type') ?? ''
    data = Buffer.from(await encoded.arrayBuffer())
  } else if (body) {
    headers['content-type'] = 'application/json'
    data = Buffer.from(JSON.stringify(body))
  }
  const started = performance.now()
  const answer = await send(planning.port, method, path, headers, data)
  const ms = performance.now() - started
  const text = answer.contentType.includes('json') ? answer.body.toString('utf8') : ''
  return { status: answer.status, ms, bytes: answer.body.length, text, json: () => JSON.parse(text) }
}

/** Throws with the start of the answer unless it has the expected status. */
export function expectStatus(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status)
    throw new Error(`${what}: HTTP ${answer.status} (expected ${status}) ${answer.text.slice(0, 600)}`)
  return answer
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return Number.NaN
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
