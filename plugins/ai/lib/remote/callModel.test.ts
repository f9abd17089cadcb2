/**
 * Failure handling of the remote provider against the local OpenAI-compatible server: retries,
 * Retry-After, timeouts, unreadable answers, refusals and rejected keys. Small timeouts and
 * Retry-After: 1 keep the file to a few seconds.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startOpenAIServer, type TestOpenAIServer } from '../../../../test/helpers/openaiServer'
import type { TaskInput } from '../../types'
import { AiError, AiRefusalError, AiResponseError, AiUnavailableError } from '../errors'
import { callsOfFailedRun, createRemoteProvider, type RemoteProviderOptions } from './index'

const KEY = 'sk-test-secret-4242'

let server: TestOpenAIServer
let host: string

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY })
  host = new URL(server.url).host
})
afterAll(() => server.close())
beforeEach(() => server.reset())

function provider(overrides: Partial<RemoteProviderOptions> = {}) {
  return createRemoteProvider({
    baseURL: server.url,
    apiKey: KEY,
    model: 'test-model',
    timeoutMs: 300,
    maxRetries: 2,
    maxRetryWaitMs: 1500,
    contextTokens: 16_000,
    maxOutputTokens: 500,
    ...overrides,
  })
}

const input: TaskInput = {
  task: 'seoDescription',
  story: {
    headline: 'Giá lúa tăng',
    standfirst: '',
    body: 'Giá lúa tăng mạnh trong tuần qua.',
    locale: 'vi',
  },
  params: { count: 1 },
}

async function failure(run: Promise<unknown>): Promise<unknown> {
  try {
    await run
  } catch (error) {
    return error
  }
  throw new Error('expected the run to fail')
}

describe('retries', () => {
  it('retries a 500 and records both calls', async () => {
    server.enqueue({ kind: 'status', status: 500 })
    const result = await provider().run(input)
    expect(server.completions()).toHaveLength(2)
    expect(result.calls.map((call) => [call.attempt, call.status])).toEqual([
      [1, 'error'],
      [2, 'ok'],
    ])
    expect(result.calls[0]).toMatchObject({ inputTokens: 0, outputTokens: 0 })
    expect(result.calls[0]!.response).toContain('The server had an error')
  })

  it('waits Retry-After before the retry', async () => {
    server.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '1' } })
    const result = await provider().run(input)
    const [first, second] = server.completions()
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950)
    expect(result.calls.map((call) => call.status)).toEqual(['error', 'ok'])
  })

  it('hands a Retry-After longer than maxRetryWaitMs to the queue without waiting', async () => {
    server.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '30' } })
    const error = await failure(provider().run(input))
    expect(error).toBeInstanceOf(AiUnavailableError)
    expect(error).toMatchObject({
      retryAfterMs: 30_000,
      permanent: false,
      message: `Máy chủ AI ${host} đang giới hạn số yêu cầu (429), yêu cầu chờ 30 giây.`,
    })
    expect(server.completions()).toHaveLength(1)
    expect(callsOfFailedRun(error)).toEqual([expect.objectContaining({ status: 'error', attempt: 1 })])
  })

  it('retries a timeout, then gives up as unavailable', async () => {
    server.enqueue({ kind: 'hang', ms: 5000 }, { kind: 'hang', ms: 5000 })
    const error = await failure(provider({ maxRetries: 1 }).run(input))
    expect(error).toBeInstanceOf(AiUnavailableError)
    expect((error as Error).message).toBe(`Máy chủ AI ${host} không trả lời trong 300 ms (đã thử 2 lần).`)
    expect(server.completions()).toHaveLength(2)
    expect(callsOfFailedRun(error).map((call) => [call.attempt, call.status, call.error])).toEqual([
      [1, 'error', 'timeout'],
      [2, 'error', 'timeout'],
    ])
  })

  it('times out a stream that sends nothing', async () => {
    server.enqueue({ kind: 'hang', ms: 5000 })
    const error = await failure(provider({ stream: true, maxRetries: 0 }).run(input))
    expect(error).toBeInstanceOf(AiUnavailableError)
    expect((error as Error).message).toBe(`Máy chủ AI ${host} không trả lời trong 300 ms.`)
  })

  it('names an unreachable endpoint', async () => {
    const closed = await startOpenAIServer()
    await closed.close()
    const error = await failure(provider({ baseURL: closed.url, maxRetries: 0 }).run(input))
    expect(error).toBeInstanceOf(AiUnavailableError)
    expect((error as Error).message).toMatch(
      new RegExp(`^Không kết nối được máy chủ AI ${new URL(closed.url).host} `),
    )
  })

  it('can be aborted while waiting for Retry-After', async () => {
    const abort = new AbortController()
    const reason = new Error('Dừng công việc')
    server.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '1' } })
    // Abort once the 429 is in: the provider is then sleeping out the Retry-After.
    const watching: typeof fetch = async (url, init) => {
      const response = await fetch(url, init)
      if (response.status === 429) setTimeout(() => abort.abort(reason), 50)
      return response
    }
    const error = await failure(provider({ fetch: watching }).run(input, { signal: abort.signal }))
    expect(error).toBe(reason)
    expect(callsOfFailedRun(error)).toEqual([expect.objectContaining({ status: 'error', attempt: 1 })])
    expect(server.completions()).toHaveLength(1)
  })

  it('can be aborted during a call', async () => {
    const abort = new AbortController()
    const reason = new Error('Dừng công việc')
    server.enqueue({ kind: 'hang', ms: 5000 })
    const watching: typeof fetch = (url, init) => {
      setTimeout(() => abort.abort(reason), 50)
      return fetch(url, init)
    }
    const error = await failure(
      provider({ fetch: watching, timeoutMs: 3000 }).run(input, { signal: abort.signal }),
    )
    expect(error).toBe(reason)
    expect(callsOfFailedRun(error)).toEqual([expect.objectContaining({ status: 'error', error: 'aborted' })])
    expect(server.completions()).toHaveLength(1)
  })
})

describe('unusable answers', () => {
  it('retries a malformed body once, then fails as a response error', async () => {
    server.enqueue({ kind: 'malformed' }, { kind: 'malformed' })
    const error = await failure(provider().run(input))
    expect(error).toBeInstanceOf(AiResponseError)
    expect(server.completions()).toHaveLength(2)
  })

  it('accepts a good answer after one malformed body', async () => {
    server.enqueue({ kind: 'malformed' })
    const result = await provider({ stream: true }).run(input)
    expect(result.calls.map((call) => call.status)).toEqual(['error', 'ok'])
  })

  it('retries an answer that is not the JSON asked for once', async () => {
    const prose = { kind: 'answer', content: 'Đây là mô tả: giá lúa tăng.' } as const
    server.enqueue(prose, prose)
    const error = await failure(provider().run(input))
    expect(error).toBeInstanceOf(AiResponseError)
    expect((error as Error).message).toBe(
      'Câu trả lời của mô hình "test-model" không đúng định dạng JSON yêu cầu: Câu trả lời không chứa đối tượng JSON.',
    )
    expect(callsOfFailedRun(error).map((call) => call.response)).toEqual([prose.content, prose.content])
  })

  it.each([false, true])('a refusal is not retried (stream: %s)', async (stream) => {
    server.enqueue({ kind: 'refusal', refusal: 'Không thể hỗ trợ nội dung này.' })
    const error = await failure(provider({ stream }).run(input))
    expect(error).toBeInstanceOf(AiRefusalError)
    expect((error as Error).message).toBe('Mô hình từ chối trả lời: Không thể hỗ trợ nội dung này.')
    expect(server.completions()).toHaveLength(1)
    expect(callsOfFailedRun(error)).toEqual([expect.objectContaining({ status: 'refused' })])
  })

  it('a content filter stop is a refusal', async () => {
    server.enqueue({ kind: 'contentFilter' })
    const error = await failure(provider().run(input))
    expect(error).toBeInstanceOf(AiRefusalError)
    expect(server.completions()).toHaveLength(1)
  })
})

describe('rejected requests', () => {
  it('a wrong key is a permanent error naming the status and the server message', async () => {
    const error = await failure(provider({ apiKey: 'sk-wrong-key-0000' }).run(input))
    expect(error).toBeInstanceOf(AiError)
    expect(error).not.toBeInstanceOf(AiUnavailableError)
    expect((error as AiError).permanent).toBe(true)
    expect((error as Error).message).toBe(
      `Khóa API bị từ chối (401) tại ${host}: Incorrect API key provided. Kiểm tra khóa API trong cấu hình AI.`,
    )
    expect(server.completions()).toHaveLength(1)
    expect(server.completions()[0]!.reply!.status).toBe(401)
  })

  it('never shows the key, even when the server echoes it', async () => {
    server.enqueue({ kind: 'status', status: 400, message: `Bad key ${KEY} for this model` })
    const error = await failure(provider().run(input))
    expect((error as AiError).permanent).toBe(true)
    expect((error as Error).message).toBe(
      `Máy chủ AI ${host} từ chối yêu cầu (400): Bad key *** for this model.`,
    )
    expect(JSON.stringify(callsOfFailedRun(error))).not.toContain(KEY)
  })
})
