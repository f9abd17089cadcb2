/**
 * A local stand-in for a province's source information system (hệ thống thông tin nguồn), speaking the
 * wire format in docs/grassroots.md: it checks what a real receiver would (key, fields, commune codes,
 * that the audio is the MP3 it claims to be), dedupes by Idempotency-Key and keeps a play queue.
 * Tests script failures for the next requests (5xx, 429 with Retry-After, hangs).
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export const TEST_API_KEY = 'test-grassroots-key'
const MAX_BODY_BYTES = 64 * 1024 * 1024
const PRIORITY_RANK: Record<string, number> = { emergency: 0, priority: 1, normal: 2 }

/** A status number, 'hang' (never answers), or a full answer. */
export type Behaviour = number | 'hang' | { status: number; body?: unknown; headers?: Record<string, string> }

export type ReceivedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown }

export type StoredBulletin = {
  id: string
  version: number
  action: string
  priority: string
  title: string
  ledText: string
  spokenText: string
  communes: Array<{ code: string; name: string }>
  schedule: Record<string, unknown>
  audio: { mimeType: string; bytes: number; durationSeconds: number; sha256: string; source: string }
  /** The decoded MP3. */
  audioData: Buffer
  status: 'accepted' | 'scheduled' | 'playing'
  /** Order of first arrival: a replaced bulletin keeps its place in the queue. */
  sequence: number
}

export type GrassrootsServerOptions = {
  apiKey?: string
  maxAudioBytes?: number
  ledMaxChars?: number
  today?: string
}

export type GrassrootsServer = {
  url: string
  apiKey: string
  bulletins: Map<string, StoredBulletin>
  received: ReceivedRequest[]
  /** Bulletin ids in the order the loudspeakers play them. */
  playQueue(): string[]
  /** The next requests get these answers, in order; afterwards the server behaves normally again. */
  script(...behaviours: Behaviour[]): void
  close(): Promise<void>
}

type Answer = { status: number; body: unknown }

const fail = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message } },
})

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
}

function looksLikeMp3(data: Buffer): boolean {
  let offset = 0
  if (data.subarray(0, 3).toString('latin1') === 'ID3' && data.length >= 10) {
    offset =
      10 +
      (((data[6]! & 0x7f) << 21) | ((data[7]! & 0x7f) << 14) | ((data[8]! & 0x7f) << 7) | (data[9]! & 0x7f))
  }
  return data.length >= offset + 4 && data[offset] === 0xff && (data[offset + 1]! & 0xe0) === 0xe0
}

/** The first thing wrong with a bulletin, as the system would word it; undefined when it is fine. */
function problemWith(
  body: Record<string, unknown>,
  options: Required<GrassrootsServerOptions>,
): Answer | undefined {
  const bad = (message: string) => fail(400, 'invalid_bulletin', message)
  if (body.format !== 'toasoan.grassroots.bulletin/1') return bad('Định dạng bản tin không được hỗ trợ.')
  if (body.action !== 'publish' && body.action !== 'update') return bad('action phải là publish hoặc update.')
  if (typeof body.id !== 'string' || !/^[A-Za-z0-9._-]{1,128}$/.test(body.id))
    return bad('Mã bản tin không hợp lệ.')
  if (!Number.isInteger(body.version) || (body.version as number) < 1)
    return bad('version phải là số nguyên dương.')
  if (typeof body.priority !== 'string' || !(body.priority in PRIORITY_RANK))
    return bad('Mức ưu tiên không hợp lệ.')
  if (typeof body.title !== 'string' || typeof body.spokenText !== 'string')
    return bad('Thiếu title hoặc spokenText.')
  if (typeof body.ledText !== 'string' || !body.ledText.trim())
    return bad('Thiếu nội dung hiển thị bảng tin.')
  if ([...new Intl.Segmenter('vi').segment(body.ledText)].length > options.ledMaxChars) {
    return bad(`Nội dung bảng tin vượt quá ${options.ledMaxChars} ký tự.`)
  }
  const communes = body.communes
  if (!Array.isArray(communes) || communes.length === 0) return bad('Cần ít nhất một xã/phường nhận.')
  for (const commune of communes as Array<Record<string, unknown>>) {
    if (typeof commune?.code !== 'string' || !/^\d{5}$/.test(commune.code)) {
      return bad(`Mã xã/phường "${String(commune?.code)}" không hợp lệ (5 chữ số).`)
    }
    if (typeof commune.name !== 'string') return bad('Thiếu tên xã/phường.')
  }
  const schedule = (body.schedule ?? {}) as Record<string, unknown>
  if (schedule.timezone !== 'Asia/Ho_Chi_Minh') return bad('Múi giờ lịch phát phải là Asia/Ho_Chi_Minh.')
  if (!isIsoDate(schedule.startDate)) return bad('Ngày bắt đầu không hợp lệ.')
  if (schedule.endDate !== null && (!isIsoDate(schedule.endDate) || schedule.endDate < schedule.startDate)) {
    return bad('Ngày kết thúc không hợp lệ.')
  }
  const days = schedule.daysOfWeek
  if (!Array.isArray(days) || days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    return bad('Thứ trong tuần không hợp lệ.')
  }
  const times = schedule.times
  if (
    !Array.isArray(times) ||
    times.some((t) => typeof t !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))
  ) {
    return bad('Giờ phát không hợp lệ.')
  }
  if (typeof schedule.playImmediately !== 'boolean') return bad('Thiếu playImmediately.')
  if (times.length === 0 && !schedule.playImmediately) return bad('Bản tin không có giờ phát.')
  if (schedule.playImmediately !== (body.priority === 'emergency'))
    return bad('Chỉ bản tin khẩn cấp phát ngay.')
  if (
    !Number.isInteger(schedule.repeats) ||
    (schedule.repeats as number) < 1 ||
    (schedule.repeats as number) > 10
  ) {
    return bad('Số lần phát lại phải từ 1 đến 10.')
  }
  const audio = (body.audio ?? {}) as Record<string, unknown>
  if (audio.mimeType !== 'audio/mpeg') return bad('Âm thanh phải là audio/mpeg.')
  if (
    typeof audio.dataBase64 !== 'string' ||
    !/^[A-Za-z0-9+/]*={0,2}$/.test(audio.dataBase64) ||
    audio.dataBase64.length % 4
  ) {
    return bad('audio.dataBase64 không phải base64.')
  }
  const data = Buffer.from(audio.dataBase64, 'base64')
  if (data.length > options.maxAudioBytes) return fail(413, 'audio_too_large', 'Tệp âm thanh quá lớn.')
  if (data.length !== audio.bytes)
    return bad(`Âm thanh có ${data.length} byte, khai báo ${String(audio.bytes)}.`)
  if (createHash('sha256').update(data).digest('hex') !== audio.sha256)
    return bad('Mã băm SHA-256 của âm thanh không khớp.')
  if (!looksLikeMp3(data)) return bad('Âm thanh không phải MP3.')
  if (typeof audio.durationSeconds !== 'number' || audio.durationSeconds <= 0)
    return bad('Thiếu thời lượng âm thanh.')
  return undefined
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function send(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}) {
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end()
    return
  }
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body))
}

export async function startGrassrootsServer(
  options: GrassrootsServerOptions = {},
): Promise<GrassrootsServer> {
  const settings: Required<GrassrootsServerOptions> = {
    apiKey: options.apiKey ?? TEST_API_KEY,
    maxAudioBytes: options.maxAudioBytes ?? 10 * 1024 * 1024,
    ledMaxChars: options.ledMaxChars ?? 120,
    today:
      options.today ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
  }
  const bulletins = new Map<string, StoredBulletin>()
  const received: ReceivedRequest[] = []
  const scripted: Behaviour[] = []
  const answeredKeys = new Map<string, Answer>()
  let sequence = 0

  function publish(body: Record<string, unknown>): Answer {
    const problem = problemWith(body, settings)
    if (problem) return problem
    const id = body.id as string
    const version = body.version as number
    const existing = bulletins.get(id)
    if (existing && existing.version > version) {
      return { status: 200, body: { id, status: existing.status, version: existing.version, stale: true } }
    }
    const schedule = body.schedule as Record<string, unknown>
    const status =
      body.priority === 'emergency'
        ? 'playing'
        : (schedule.startDate as string) > settings.today
          ? 'scheduled'
          : 'accepted'
    const { dataBase64, ...audio } = body.audio as Record<string, unknown>
    bulletins.set(id, {
      ...(body as Omit<StoredBulletin, 'audio' | 'audioData' | 'status' | 'sequence'>),
      audio: audio as StoredBulletin['audio'],
      audioData: Buffer.from(dataBase64 as string, 'base64'),
      status,
      sequence: existing?.sequence ?? ++sequence,
    })
    return { status: existing ? 200 : 201, body: { id, status, version } }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const text = await readBody(req)
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = undefined
    }
    received.push({ method: req.method ?? '', path, headers: req.headers, body })

    const behaviour = scripted.shift()
    if (behaviour === 'hang') return // never answered; close() ends the connection
    if (typeof behaviour === 'number') {
      return send(res, fail(behaviour, 'scripted', `Lỗi thử nghiệm ${behaviour}.`))
    }
    if (behaviour) return send(res, { status: behaviour.status, body: behaviour.body }, behaviour.headers)

    if (req.headers.authorization !== `Bearer ${settings.apiKey}`) {
      return send(res, fail(401, 'unauthorized', 'Khoá API không hợp lệ.'))
    }
    const key = req.headers['idempotency-key']
    if (typeof key !== 'string' || !key)
      return send(res, fail(400, 'idempotency_key_missing', 'Thiếu Idempotency-Key.'))
    const earlier = answeredKeys.get(key)
    if (earlier) return send(res, { status: 409, body: earlier.body })

    let answer: Answer
    const withdrawMatch = /^\/bulletins\/([^/]+)$/.exec(path)
    if (req.method === 'POST' && path === '/bulletins') {
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        answer = fail(415, 'unsupported_media_type', 'Cần Content-Type: application/json.')
      } else if (!body || typeof body !== 'object') {
        answer = fail(400, 'invalid_json', 'Nội dung không phải JSON.')
      } else {
        answer = publish(body as Record<string, unknown>)
      }
    } else if (req.method === 'DELETE' && withdrawMatch) {
      const id = decodeURIComponent(withdrawMatch[1]!)
      answer = bulletins.delete(id)
        ? { status: 200, body: { id, status: 'withdrawn' } }
        : fail(404, 'not_found', `Không có bản tin ${id}.`)
    } else {
      answer = fail(404, 'not_found', 'Không có địa chỉ này.')
    }
    if (answer.status >= 200 && answer.status < 300) answeredKeys.set(key, answer)
    send(res, answer)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) send(res, fail(500, 'internal', error.message))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: settings.apiKey,
    bulletins,
    received,
    playQueue: () =>
      [...bulletins.values()]
        .sort((a, b) => PRIORITY_RANK[a.priority]! - PRIORITY_RANK[b.priority]! || a.sequence - b.sequence)
        .map((bulletin) => bulletin.id),
    script: (...behaviours) => scripted.push(...behaviours),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
