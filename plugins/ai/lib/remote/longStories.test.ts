/**
 * Stories longer than the model's context, against the local OpenAI-compatible server: every
 * request stays within the context, and the pieces come back in order.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startOpenAIServer, type TestOpenAIServer } from '../../../../test/helpers/openaiServer'
import type { StoryText, TopicEntry } from '../../types'
import { estimateMessagesTokens } from './chunking'
import { createRemoteProvider } from './index'
import { loadPrompt } from './prompts'

const story: StoryText = {
  headline: 'Hưng Yên khởi công tuyến đường ven biển dài 30 km',
  standfirst: 'Sáng 15/3, UBND tỉnh Hưng Yên khởi công tuyến đường ven biển với tổng vốn 2.500 tỷ đồng.',
  body: '',
  locale: 'vi',
}

const topics: TopicEntry[] = [{ id: 11, name: 'Giao thông', slug: 'giao-thong', keywords: [] }]

let server: TestOpenAIServer

beforeAll(async () => {
  server = await startOpenAIServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

function provider(overrides: { contextTokens: number; maxOutputTokens: number }) {
  return createRemoteProvider({
    baseURL: server.url,
    apiKey: '',
    model: 'test-model',
    timeoutMs: 2000,
    maxRetries: 0,
    maxRetryWaitMs: 1000,
    ...overrides,
  })
}

describe('a story longer than the context', () => {
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) =>
      `Đoạn ${i + 1}: xã Quỳnh Phụ triển khai hạng mục thứ ${i + 1} của dự án giao thông. Người dân đồng tình ủng hộ chủ trương.`,
  )
  const long: StoryText = { ...story, body: paragraphs.join('\n\n') }
  const small = { contextTokens: 2000, maxOutputTokens: 500 }
  const limit = small.contextTokens - small.maxOutputTokens

  const sentTokens = () =>
    server.completions().map((request) => estimateMessagesTokens(request.body!.messages))

  it('translates chunk by chunk within the context and keeps paragraph order', async () => {
    const result = await provider(small).run({
      task: 'translate',
      story: long,
      params: { targetLocale: 'en' },
    })
    const requests = server.completions()
    expect(requests.length).toBeGreaterThan(2)
    expect(Math.max(...sentTokens())).toBeLessThanOrEqual(limit)
    expect(requests.filter((request) => request.body!.messages[1]!.content.includes('Tít:'))).toEqual([
      requests[0],
    ])
    expect(result.calls).toHaveLength(requests.length)
    expect(result.output).toEqual({
      kind: 'translation',
      fields: {
        headline: `[en] ${long.headline}`,
        standfirst: `[en] ${long.standfirst}`,
        body: paragraphs.map((paragraph) => `[en] ${paragraph}`).join('\n\n'),
      },
    })
  })

  it('condenses the chunks, then writes headlines from the summaries', async () => {
    const condense = await loadPrompt('condense')
    const result = await provider(small).run({ task: 'headlines', story: long, params: { count: 2 } })
    const versions = result.calls.map((call) => call.promptVersion)
    expect(versions.filter((version) => version === condense.promptVersion).length).toBeGreaterThanOrEqual(2)
    expect(versions[versions.length - 1]).toBe(result.promptVersion)
    expect(result.promptVersion).toMatch(/^headlines@v1\+/)
    expect(Math.max(...sentTokens())).toBeLessThanOrEqual(limit)
    expect(result.output.kind === 'text' && result.output.options).toHaveLength(2)
  })

  it('tags each chunk and merges the same tag once', async () => {
    const result = await provider(small).run({
      task: 'tagging',
      story: long,
      params: {},
      tagging: { places: [], topics },
    })
    expect(server.completions().length).toBeGreaterThan(1)
    expect(Math.max(...sentTokens())).toBeLessThanOrEqual(limit)
    expect(
      result.output.kind === 'tags' && result.output.tags.filter((tag) => tag.label === 'xã Quỳnh Phụ'),
    ).toHaveLength(1)
    expect(result.output.kind === 'tags' && result.output.tags.filter((tag) => tag.ref === 11)).toHaveLength(
      1,
    )
  })
})
