import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { sampleAdapterContext, sampleStory, sampleTarget } from '../lib/feeds/fixtures'
import { DeliveryError } from '../types'
import { ninjsAdapter } from './ninjs'

type Received = { method?: string; headers: IncomingHttpHeaders; body: Record<string, unknown> }
let respond: (response: ServerResponse) => void = (response) => response.end()
const received: Received[] = []
let server: Server
let baseURL: string

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (raw += chunk))
    request.on('end', () => {
      received.push({ method: request.method, headers: request.headers, body: JSON.parse(raw) })
      respond(response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ninjs/inbox`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const pushTarget = () =>
  sampleTarget({ kind: 'ninjs', name: 'Báo Hưng Yên', baseURL, credentials: { apiKey: 'sk-test-123' } })

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DeliveryError) return error
    throw error
  }
  throw new Error('expected a DeliveryError')
}

describe('ninjsAdapter', () => {
  it('posts the ninjs item with idempotency key and bearer token', async () => {
    respond = (response) =>
      response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"id":"vna-88123"}')
    received.length = 0
    const result = await ninjsAdapter.publish(sampleAdapterContext(pushTarget()))
    expect(result).toEqual({ confirmed: true, remoteId: 'vna-88123', note: expect.stringContaining('NINJS') })
    const [request] = received
    expect(request.method).toBe('POST')
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(request.headers['idempotency-key']).toBe('story-6512-r3-target-1-publish')
    expect(request.headers.authorization).toBe('Bearer sk-test-123')
    expect(request.body).toMatchObject({
      uri: 'urn:newsroom:baohungyen.vn:story:6512',
      pubstatus: 'usable',
      copyrightholder: 'Báo Hưng Yên',
      headlines: [{ role: 'main', value: sampleStory().headline }],
    })
  })

  it('sends a cancellation on remove and stays "not removable"', async () => {
    respond = (response) => response.writeHead(200).end()
    received.length = 0
    const result = await ninjsAdapter.remove(sampleAdapterContext(pushTarget(), { action: 'remove' }))
    expect(ninjsAdapter.canRemove).toBe(false)
    expect(result.confirmed).toBe(true)
    expect(result.remoteId).toBe('urn:newsroom:baohungyen.vn:story:6512')
    expect(received[0].body).toMatchObject({
      pubstatus: 'canceled',
      uri: 'urn:newsroom:baohungyen.vn:story:6512',
    })
    expect(received[0].body.bodies).toBeUndefined()
  })

  it('only offers the item when the partner pulls (no baseURL)', async () => {
    received.length = 0
    const pull = sampleTarget({
      kind: 'ninjs',
      settings: { agencyName: 'Báo Hưng Yên', uriBase: 'urn:newsroom:hy:' },
    })
    const result = await ninjsAdapter.publish(sampleAdapterContext(pull))
    expect(result).toEqual({
      confirmed: true,
      remoteId: 'urn:newsroom:hy:story:6512',
      note: expect.any(String),
    })
    expect(received).toEqual([])
  })

  it('maps 500, 429 and 400 answers to the right DeliveryError', async () => {
    respond = (response) => response.writeHead(503, { 'Retry-After': '30' }).end('maintenance')
    expect(await failure(ninjsAdapter.publish(sampleAdapterContext(pushTarget())))).toMatchObject({
      retryable: true,
      status: 503,
      retryAfterMs: 30_000,
      platformMessage: 'maintenance',
    })

    const later = new Date(Date.now() + 90_000).toUTCString()
    respond = (response) => response.writeHead(429, { 'Retry-After': later }).end()
    const limited = await failure(ninjsAdapter.publish(sampleAdapterContext(pushTarget())))
    expect(limited.retryable).toBe(true)
    expect(limited.retryAfterMs).toBeGreaterThan(80_000)
    expect(limited.retryAfterMs).toBeLessThanOrEqual(90_000)

    respond = (response) =>
      response
        .writeHead(400, { 'Content-Type': 'application/json' })
        .end('{"error":{"message":"uri trùng lặp"}}')
    expect(await failure(ninjsAdapter.publish(sampleAdapterContext(pushTarget())))).toMatchObject({
      retryable: false,
      status: 400,
      platformMessage: 'uri trùng lặp',
    })

    respond = (response) => response.writeHead(401).end('invalid token')
    const refused = await failure(ninjsAdapter.publish(sampleAdapterContext(pushTarget())))
    expect(refused).toMatchObject({ retryable: false, status: 401 })
    expect(refused.message).not.toContain('sk-test-123')
  })

  it('validates the headline and the partner address', () => {
    expect(ninjsAdapter.validate(sampleStory(), pushTarget())).toEqual([])
    const problems = ninjsAdapter.validate(
      sampleStory({ headline: ' ' }),
      sampleTarget({ baseURL: 'không phải url' }),
    )
    expect(problems.map((problem) => problem.field)).toEqual(['headline', 'baseURL'])
  })
})
