import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startOpenAIServer, type TestOpenAIServer } from '../../../../test/helpers/openaiServer'
import { countPrintCharacters } from '../../../../src/lib/textMeasure'
import type { AiTask, ProviderResult, StoryText, TaskInput, TopicEntry } from '../../types'
import { AiBudgetExceededError, AiUnsupportedTaskError } from '../errors'
import { estimateMessagesTokens, estimateTokens, splitParagraphs } from './chunking'
import { createRemoteProvider, type RemoteProviderOptions } from './index'
import { loadPrompt } from './prompts'

const KEY = 'sk-test-0123456789'

const story: StoryText = {
  headline: 'Hưng Yên khởi công tuyến đường ven biển dài 30 km',
  standfirst: 'Sáng 15/3, UBND tỉnh Hưng Yên khởi công tuyến đường ven biển với tổng vốn 2.500 tỷ đồng.',
  body: [
    'Tuyến đường đi qua xã Quỳnh Phụ và xã Thái Thụy. Công trình thuộc lĩnh vực giao thông trọng điểm của tỉnh.',
    'Phát biểu tại lễ khởi công, ông Nguyễn Văn Hùng cho biết công trình hoàn thành trong năm 2027.',
    'Sở Xây dựng là chủ đầu tư. Đơn vị thi công cam kết bảo đảm an toàn lao động.',
  ].join('\n\n'),
  locale: 'vi',
}

const topics: TopicEntry[] = [
  { id: 11, name: 'Giao thông', slug: 'giao-thong', keywords: [] },
  { id: 12, name: 'Thể thao', slug: 'the-thao', keywords: [] },
]

let server: TestOpenAIServer

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY })
})
afterAll(() => server.close())
beforeEach(() => server.reset())

function provider(overrides: Partial<RemoteProviderOptions> = {}) {
  return createRemoteProvider({
    baseURL: server.url,
    apiKey: KEY,
    model: 'test-model',
    timeoutMs: 2000,
    maxRetries: 1,
    maxRetryWaitMs: 1500,
    contextTokens: 16_000,
    maxOutputTokens: 1000,
    ...overrides,
  })
}

const input = (task: AiTask, params: TaskInput['params'] = {}): TaskInput => ({
  task,
  story,
  params,
  tagging: { places: [], topics },
})

function expectTokensFromServer(result: ProviderResult) {
  const replies = server.completions().map((request) => request.reply)
  expect(result.calls.map((call) => [call.inputTokens, call.outputTokens])).toEqual(
    replies.map((reply) => [reply!.usage!.prompt_tokens, reply!.usage!.completion_tokens]),
  )
}

describe('remote provider', () => {
  it('describes itself and leaves spelling to the offline checker', async () => {
    const remote = provider()
    expect(remote.kind).toBe('remote')
    expect(remote.label).toBe(`test-model @ ${new URL(server.url).host}`)
    expect(remote.supports('headlines')).toBe(true)
    expect(remote.supports('translate')).toBe(true)
    expect(remote.supports('spelling')).toBe(false)
    await expect(remote.run(input('spelling'))).rejects.toBeInstanceOf(AiUnsupportedTaskError)
    expect(server.requests).toHaveLength(0)
  })

  it('sends the versioned prompt, the key and a JSON request, and records the call', async () => {
    const estimates: number[] = []
    const result = await provider().run(input('headlines'), {
      guard: async (tokens) => void estimates.push(tokens),
    })
    const prompt = await loadPrompt('headlines')
    const [request] = server.completions()
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`)
    expect(request!.body).toMatchObject({
      model: 'test-model',
      max_tokens: 1000,
      response_format: { type: 'json_object' },
      messages: [{ role: 'system', content: prompt.system }, { role: 'user' }],
    })
    expect(request!.body!.messages[1]!.content).toContain(`Tít: ${story.headline}`)
    expect(result.model).toBe('test-model')
    expect(result.promptVersion).toBe(prompt.promptVersion)
    expect(result.calls).toHaveLength(1)
    expect(result.calls[0]).toMatchObject({
      status: 'ok',
      attempt: 1,
      model: 'test-model',
      promptVersion: prompt.promptVersion,
    })
    expect(result.calls[0]!.response).toBe(request!.reply!.content)
    expect(estimates).toEqual([estimateMessagesTokens(request!.body!.messages) + 1000])
    expectTokensFromServer(result)
  })

  it.each([
    ['headlines', 5, 110],
    ['standfirst', 3, 300],
    ['socialSummary', 3, 300],
    ['seoDescription', 3, 160],
  ] as const)('%s gives %i options within %i characters', async (task, count, maxChars) => {
    const result = await provider().run(input(task))
    expect(result.output.kind).toBe('text')
    if (result.output.kind !== 'text') return
    expect(result.output.options).toHaveLength(count)
    expect(result.output.options[0]!.text).toBe(story.headline)
    for (const option of result.output.options)
      expect(countPrintCharacters(option.text)).toBeLessThanOrEqual(maxChars)
    expectTokensFromServer(result)
  })

  it('never returns an option over the limit, whatever the model says', async () => {
    server.enqueue({
      kind: 'answer',
      content: { options: [{ text: `${'Rất dài '.repeat(40)}hết.` }, 'Ngắn gọn'] },
    })
    const result = await provider().run(input('seoDescription', { count: 2 }))
    expect(result.output).toEqual({
      kind: 'text',
      options: [{ text: expect.stringMatching(/^Rất dài Rất dài/) }, { text: 'Ngắn gọn' }],
    })
    if (result.output.kind === 'text')
      expect(countPrintCharacters(result.output.options[0]!.text)).toBeLessThanOrEqual(160)
  })

  it('radioScript notes the read time, tvOutline keeps the markers, printCut fits the limit', async () => {
    const radio = await provider().run(input('radioScript', { targetSeconds: 30 }))
    expect(radio.output).toEqual({
      kind: 'text',
      options: [
        {
          text: expect.stringContaining(story.headline),
          note: expect.stringMatching(/^Đọc khoảng 0:\d\d \(mục tiêu 0:30\)\.$/),
        },
      ],
    })
    expect(server.completions()[0]!.body!.messages[1]!.content).toContain('khoảng 110 chữ')

    const tv = await provider().run(input('tvOutline'))
    expect(tv.output.kind === 'text' && tv.output.options[0]!.text).toMatch(/^\[DẪN\] .+\n\[HÌNH\]/)

    const cut = await provider().run(input('printCut', { maxChars: 120 }))
    expect(
      cut.output.kind === 'text' && countPrintCharacters(cut.output.options[0]!.text),
    ).toBeLessThanOrEqual(120)
    expect(cut.calls).toHaveLength(1)
  })

  it('printCut of a body that already fits makes no call', async () => {
    const result = await provider().run(input('printCut', { maxChars: 5000 }))
    expect(result.output).toEqual({
      kind: 'text',
      options: [{ text: story.body, note: 'Bài đã vừa khuôn, không cần cắt.' }],
    })
    expect(result.calls).toEqual([])
    expect(server.requests).toHaveLength(0)
  })

  it('translate returns the three fields in the target language', async () => {
    const result = await provider().run(input('translate', { targetLocale: 'en' }))
    expect(server.completions()[0]!.body!.messages[1]!.content).toContain('Ngôn ngữ đích: tiếng Anh (en).')
    expect(result.output).toEqual({
      kind: 'translation',
      fields: {
        headline: `[en] ${story.headline}`,
        standfirst: `[en] ${story.standfirst}`,
        body: splitParagraphs(story.body)
          .map((paragraph) => `[en] ${paragraph}`)
          .join('\n\n'),
      },
    })
  })

  it('tagging keeps taxonomy topics by slug and names for places, people and organisations', async () => {
    const result = await provider().run(input('tagging'))
    expect(server.completions()[0]!.body!.messages[1]!.content).toContain(
      '- giao-thong: Giao thông\n- the-thao: Thể thao',
    )
    expect(result.output.kind).toBe('tags')
    if (result.output.kind !== 'tags') return
    const byKind = (kind: string) =>
      result.output.kind === 'tags' && result.output.tags.filter((tag) => tag.kind === kind)
    expect(byKind('topic')).toEqual([
      { kind: 'topic', label: 'Giao thông', ref: 11, confidence: 0.9, evidence: 'Giao thông' },
    ])
    expect(byKind('place')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'xã Quỳnh Phụ' }),
        expect.objectContaining({ label: 'tỉnh Hưng Yên' }),
      ]),
    )
    expect(result.output.tags.every((tag) => tag.kind === 'topic' || tag.ref === undefined)).toBe(true)
    expect(byKind('person')).toEqual([expect.objectContaining({ label: 'Nguyễn Văn Hùng', confidence: 0.7 })])
    expect(byKind('organisation')).toEqual([expect.objectContaining({ label: 'Sở Xây dựng' })])
  })

  it('sends the per-task model override', async () => {
    const remote = provider({ taskModels: { headlines: 'big-model' } })
    const headlines = await remote.run(input('headlines'))
    await remote.run(input('seoDescription'))
    expect(server.completions().map((request) => request.body!.model)).toEqual(['big-model', 'test-model'])
    expect(headlines.model).toBe('big-model')
    expect(headlines.calls[0]!.model).toBe('big-model')
  })

  it('streams: same parsed output and the usage of the last chunk', async () => {
    const answer = {
      options: [{ text: 'Khởi công đường ven biển Hưng Yên' }, { text: 'Đường ven biển 2.500 tỷ đồng' }],
    }
    const usage = { prompt_tokens: 321, completion_tokens: 45 }
    server.enqueue({ kind: 'answer', content: answer, usage }, { kind: 'answer', content: answer, usage })
    const plain = await provider().run(input('headlines', { count: 2 }))
    const streamed = await provider({ stream: true }).run(input('headlines', { count: 2 }))
    expect(streamed.output).toEqual(plain.output)
    expect(server.completions()[1]!.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    })
    expect(streamed.calls).toEqual([
      expect.objectContaining({
        status: 'ok',
        inputTokens: 321,
        outputTokens: 45,
        response: JSON.stringify(answer),
      }),
    ])
  })

  it('estimates tokens when the server sends no usage', async () => {
    const content = JSON.stringify({ options: ['Một tít'] })
    server.enqueue({ kind: 'answer', content, usage: null })
    const result = await provider({ stream: true }).run(input('headlines', { count: 1 }))
    const sent = server.completions()[0]!.body!.messages
    expect(result.calls[0]).toMatchObject({
      inputTokens: estimateMessagesTokens(sent),
      outputTokens: estimateTokens(content),
    })
  })

  it('the test server lists models and rejects a missing key in the OpenAI error format', async () => {
    const listed = await fetch(`${server.url}/models`, { headers: { authorization: `Bearer ${KEY}` } })
    expect(await listed.json()).toMatchObject({
      object: 'list',
      data: [{ id: 'test-model', object: 'model' }],
    })
    const anonymous = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: '{}' })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      error: {
        message: 'Incorrect API key provided.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    })
  })

  it('stops before any HTTP call when the budget guard throws', async () => {
    const guard = async () => {
      throw new AiBudgetExceededError(1000, 1000)
    }
    await expect(provider().run(input('headlines'), { guard })).rejects.toBeInstanceOf(AiBudgetExceededError)
    expect(server.requests).toHaveLength(0)
  })
})
