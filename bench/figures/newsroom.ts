/**
 * The figures section's two processes on one fresh database, as in planning/newsroom.ts: a Payload
 * in the bench process that pushes the schema and prepares the data (stories, deliveries, staff,
 * straight to the database), and our full server (createApp, lib/serverProcess) in a child, which
 * every timed request goes to over HTTP as the agency's manager.
 */
import { readFileSync } from 'node:fs'
import { request } from 'node:http'

import { getPayload, type Payload } from 'payload'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import type { Settings } from '../../src/config/settings'
import { closePayload } from '../../src/server/closePayload'
import { benchEnv, benchSettings } from '../lib/benchSettings'
import { startServer, type ServerChild } from '../lib/children'
import type { BenchDatabase } from '../lib/databases'
import { childPids } from '../lib/procStats'

export const MANAGER_EMAIL = 'lanh-dao@bench.local'
export const PASSWORD = 'Lanh-Dao@2026!Bench-Ok'

type Id = number | string

export type Publication = { id: Id; code: string; kind: string }

export type BaseIds = {
  agency: Id
  desks: Id[]
  sections: Array<{ id: Id; slug: string }>
  publications: Publication[]
  /** The TV channel whose as-run log is loaded. */
  tv: Id
  manager: Id
}

export type Figures = {
  payload: Payload
  port: number
  /** The server child's process id (for its memory), when it could be found. */
  serverPid?: number
  /** The manager's JWT: managers import revenue and audience, edit schedules, read every figure. */
  token: string
  ids: BaseIds
  /** The settings both processes run with (the KPI options are built from them). */
  settings: Settings
  close: () => Promise<void>
}

let instances = 0

const DESKS = [
  ['Thời sự', 'TS'],
  ['Kinh tế', 'KT'],
  ['Văn hóa – Xã hội', 'VHXH'],
  ['Thể thao', 'TT'],
  ['Phát thanh', 'PT'],
  ['Truyền hình', 'TH'],
] as const

const SECTIONS = [
  ['Chính trị', 'chinh-tri'],
  ['Kinh tế', 'kinh-te'],
  ['Nông nghiệp', 'nong-nghiep'],
  ['Xã hội', 'xa-hoi'],
  ['Văn hóa', 'van-hoa'],
  ['Thể thao', 'the-thao'],
  ['Pháp luật', 'phap-luat'],
  ['Đô thị', 'do-thi'],
] as const

/** A merged provincial agency's titles and channels (Press Law 2025: one agency, several outlets). */
export const PUBLICATIONS = [
  ['Báo Hưng Yên', 'BHY', 'print'],
  ['Báo Hưng Yên điện tử (e-paper)', 'BHY-EP', 'epaper'],
  ['Báo Hưng Yên điện tử', 'BHY-WEB', 'website'],
  ['Phát thanh Hưng Yên FM 97', 'HY-FM', 'radio'],
  ['Phát thanh Hưng Yên (kênh 2)', 'HY-FM2', 'radio'],
  ['Truyền hình Hưng Yên (HYTV)', 'HYTV', 'tv'],
  ['Truyền hình Hưng Yên 2 (HYTV2)', 'HYTV2', 'tv'],
  ['Zalo OA Báo Hưng Yên', 'BHY-ZALO', 'social'],
  ['Fanpage Truyền hình Hưng Yên', 'HYTV-FB', 'social'],
  ['Ấn phẩm Hưng Yên cuối tuần', 'BHY-CT', 'print'],
] as const

/**
 * Boots the bench-process Payload with the development schema push, starts the server child
 * (without the push) and lets `prepare` write the data while the child boots.
 */
export async function openFigures<T>(
  db: BenchDatabase,
  prepare: (payload: Payload, ids: BaseIds) => Promise<T>,
): Promise<{ figures: Figures; prepared: T }> {
  const env = benchEnv(db.url, db.dataDir)
  const savedHmr = process.env.DISABLE_PAYLOAD_HMR
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const settings = benchSettings(env)
  let payload: Payload
  try {
    const config = buildNewsroomConfig(settings)
    payload = await getPayload({ config, key: `bench-figures-${++instances}` } as never)
  } finally {
    if (savedHmr === undefined) delete process.env.DISABLE_PAYLOAD_HMR
    else process.env.DISABLE_PAYLOAD_HMR = savedHmr
  }
  const before = new Set(childPids(process.pid))
  const booting = startServer({ role: 'ours', databaseURL: db.url, dataDir: db.dataDir, timeoutMs: 180_000 })
  booting.catch(() => undefined)
  let server: ServerChild | undefined
  try {
    const ids = await createBaseData(payload)
    const prepared = await prepare(payload, ids)
    server = await booting
    const token = await login(server.port)
    const child = server
    const serverPid = childPids(process.pid).find(
      (pid) => !before.has(pid) && cmdline(pid).includes('serverProcess'),
    )
    const close = async () => {
      await child.stop()
      await closePayload(payload)
    }
    return { figures: { payload, port: child.port, serverPid, token, ids, settings, close }, prepared }
  } catch (error) {
    await (server ?? (await booting.catch(() => undefined)))?.stop()
    await closePayload(payload)
    throw error
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return ''
  }
}

async function createBaseData(payload: Payload): Promise<BaseIds> {
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection: collection as 'desks', data: data as never, depth: 0 })).id
  const agency = await create('agencies', { name: 'Báo và Phát thanh, Truyền hình Hưng Yên', kind: 'merged' })
  const desks: Id[] = []
  for (const [name, code] of DESKS) desks.push(await create('desks', { name, code, agency }))
  const sections: BaseIds['sections'] = []
  for (const [name, slug] of SECTIONS) sections.push({ id: await create('sections', { name, slug }), slug })
  const publications: Publication[] = []
  for (const [name, code, kind] of PUBLICATIONS)
    publications.push({ id: await create('publications', { name, code, kind, agency }), code, kind })
  const manager = await create('users', {
    email: MANAGER_EMAIL,
    password: PASSWORD,
    fullName: 'Phó Tổng biên tập (bench)',
    role: 'manager',
    desks: [desks[0]],
  })
  const tv = publications.find((p) => p.code === 'HYTV')!.id
  return { agency, desks, sections, publications, tv, manager }
}

type Raw = { status: number; contentType: string; body: Buffer }

/** A new connection per request (see planning/newsroom.ts: an idle kept-alive socket may be closing). */
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
  const body = Buffer.from(JSON.stringify({ email: MANAGER_EMAIL, password: PASSWORD }))
  const answer = await send(port, 'POST', '/api/users/login', { 'content-type': 'application/json' }, body)
  const token = (JSON.parse(answer.body.toString('utf8')) as { token?: string }).token
  if (answer.status !== 200 || !token)
    throw new Error(`login: HTTP ${answer.status} ${answer.body.toString('utf8')}`)
  return token
}

export type Answer = { status: number; ms: number; bytes: number; text: string; json: <T = unknown>() => T }

/**
 * One request to the server child as the manager, timed from sending to the last byte of the
 * answer. A body is a form (encoded before the clock starts) or raw bytes with their type.
 */
export async function call(
  figures: Pick<Figures, 'port' | 'token'>,
  method: 'GET' | 'POST',
  path: string,
  body?: FormData | { bytes: Buffer; contentType: string },
): Promise<Answer> {
  const headers: Record<string, string> = { Authorization: `JWT ${figures.token}` }
  let data: Buffer | undefined
  if (body instanceof FormData) {
    const encoded = new Response(body)
    headers['content-type'] = encoded.headers.get('content-type') ?? ''
    data = Buffer.from(await encoded.arrayBuffer())
  } else if (body) {
    headers['content-type'] = body.contentType
    data = body.bytes
  }
  const started = performance.now()
  const answer = await send(figures.port, method, path, headers, data)
  const ms = performance.now() - started
  const text = answer.contentType.includes('json') ? answer.body.toString('utf8') : ''
  return { status: answer.status, ms, bytes: answer.body.length, text, json: <T>() => JSON.parse(text) as T }
}

/** Throws with the start of the answer unless it has the expected status. */
export function expectStatus(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status)
    throw new Error(`${what}: HTTP ${answer.status} (expected ${status}) ${answer.text.slice(0, 800)}`)
  return answer
}
