import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { sampleAdapterContext, sampleStory, sampleTarget } from '../lib/feeds/fixtures'
import { DeliveryError } from '../types'
import { websiteAdapter } from './website'

const SECRET = 'khóa-bí-mật-thử'

type Received = { headers: IncomingHttpHeaders; raw: string; signatureValid: boolean }
let respond: (response: ServerResponse) => void = (response) => response.end('{"ok":true}')
const received: Received[] = []
let server: Server
let baseURL: string

// Verifies the signature the way a receiving site would: HMAC over the raw bytes, constant-time compare.
function signatureValid(raw: Buffer, header: string | string[] | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`)
  const given = Buffer.from(String(header ?? ''))
  return expected.length === given.length && timingSafeEqual(expected, given)
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const raw = Buffer.concat(chunks)
      received.push({
        headers: request.headers,
        raw: raw.toString('utf8'),
        signatureValid: signatureValid(raw, request.headers['x-newsroom-signature']),
      })
      respond(response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

function target() {
  return sampleTarget({
    kind: 'website',
    baseURL,
    credentials: { secret: SECRET },
    settings: { sectionPathPrefix: '/chuyen-muc' },
  })
}

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DeliveryError) return error
    throw error
  }
  throw new Error('expected a DeliveryError')
}

describe('websiteAdapter', () => {
  it('posts a signed revalidation event and is confirmed on 2xx', async () => {
    respond = (response) => response.writeHead(204).end()
    received.length = 0
    const result = await websiteAdapter.publish(sampleAdapterContext(target()))
    expect(result).toEqual({
      confirmed: true,
      remoteUrl: sampleStory().url,
      note: expect.stringContaining('làm mới'),
    })
    const [request] = received
    expect(request.signatureValid).toBe(true)
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(request.headers['x-newsroom-event']).toBe('publish')
    expect(request.headers['x-newsroom-delivery']).toBe('story-6512-r3-target-1-publish')
    const body = JSON.parse(request.raw)
    expect(body).toEqual({
      event: 'publish',
      story: {
        id: '6512',
        slug: 'khoi-cong-duong-vanh-dai-4-doan-qua-van-lam',
        url: sampleStory().url,
        revision: 3,
        locale: 'vi',
        section: 'kinh-te',
        publications: ['web'],
      },
      paths: ['/kinh-te/khoi-cong-duong-vanh-dai-4-doan-qua-van-lam-6512.html', '/chuyen-muc/kinh-te', '/'],
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(JSON.stringify(request.headers)).not.toContain(SECRET)
  })

  it('sends update and remove events', async () => {
    respond = (response) => response.end('ok')
    received.length = 0
    await websiteAdapter.update(sampleAdapterContext(target(), { action: 'update' }))
    const removed = await websiteAdapter.remove(sampleAdapterContext(target(), { action: 'remove' }))
    expect(received.map((request) => request.headers['x-newsroom-event'])).toEqual(['update', 'remove'])
    expect(received.every((request) => request.signatureValid)).toBe(true)
    expect(removed.remoteUrl).toBeUndefined()
    expect(removed.confirmed).toBe(true)
  })

  it('retries on 500, waits as told on 429 and fails at once on 400 with the site’s words', async () => {
    respond = (response) => response.writeHead(500).end('upstream down')
    const serverError = await failure(websiteAdapter.publish(sampleAdapterContext(target())))
    expect(serverError).toMatchObject({ retryable: true, status: 500, platformMessage: 'upstream down' })

    respond = (response) => response.writeHead(429, { 'Retry-After': '120' }).end()
    const limited = await failure(websiteAdapter.publish(sampleAdapterContext(target())))
    expect(limited).toMatchObject({ retryable: true, status: 429, retryAfterMs: 120_000 })

    respond = (response) =>
      response
        .writeHead(400, { 'Content-Type': 'application/json' })
        .end('{"message":"Đường dẫn không hợp lệ"}')
    const rejected = await failure(websiteAdapter.publish(sampleAdapterContext(target())))
    expect(rejected).toMatchObject({
      retryable: false,
      status: 400,
      platformMessage: 'Đường dẫn không hợp lệ',
    })
    expect(rejected.message).toContain('Đường dẫn không hợp lệ')
  })

  it('treats a refused connection and a timeout as retryable', async () => {
    const closed = sampleTarget({ baseURL: 'http://127.0.0.1:1/hook', credentials: { secret: SECRET } })
    expect(await failure(websiteAdapter.publish(sampleAdapterContext(closed)))).toMatchObject({
      retryable: true,
    })

    respond = () => undefined // never answers
    const slow = sampleTarget({ baseURL, credentials: { secret: SECRET }, timeoutSeconds: 0.2 })
    const timedOut = await failure(websiteAdapter.publish(sampleAdapterContext(slow)))
    expect(timedOut.retryable).toBe(true)
    expect(timedOut.message).toContain('timeout')
  })

  it('refuses to send unsigned events', async () => {
    const unsigned = sampleTarget({ baseURL, credentials: {} })
    expect(await failure(websiteAdapter.publish(sampleAdapterContext(unsigned)))).toMatchObject({
      retryable: false,
    })
  })

  it('validates the webhook URL and the slug', () => {
    expect(websiteAdapter.validate(sampleStory(), target())).toEqual([])
    const problems = websiteAdapter.validate(
      sampleStory({ slug: '' }),
      sampleTarget({ baseURL: 'ftp://site/hook' }),
    )
    expect(problems.map((problem) => problem.field)).toEqual(['baseURL', 'slug'])
    expect(websiteAdapter.validate(sampleStory(), sampleTarget())[0].field).toBe('baseURL')
  })
})
