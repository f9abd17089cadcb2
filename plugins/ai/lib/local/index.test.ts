import { describe, expect, it } from '@jest/globals'

import { AI_TASKS, type TaggingContext, type TaskInput } from '../../types'
import { AiError, AiUnsupportedTaskError } from '../errors'
import { tagStory } from '../tagging'
import { floodStory, investmentStory } from './fixtures'
import { LOCAL_PROVIDER_VERSION, createLocalProvider } from './index'

const provider = createLocalProvider()
const input = (task: TaskInput['task'], params: TaskInput['params'] = {}): TaskInput => ({
  task,
  story: investmentStory,
  params,
})

describe('createLocalProvider', () => {
  it('describes itself as the local provider', () => {
    expect(provider.kind).toBe('local')
    expect(provider.label).toBe('Bộ xử lý cục bộ (không dùng mạng)')
    expect(LOCAL_PROVIDER_VERSION).toBe(1)
  })

  it('supports every task but translation', () => {
    expect(AI_TASKS.filter((task) => !provider.supports(task))).toEqual(['translate'])
  })

  it('runs the text tasks with no calls and a versioned rule set', async () => {
    for (const task of [
      'headlines',
      'standfirst',
      'socialSummary',
      'seoDescription',
      'radioScript',
      'tvOutline',
    ] as const) {
      const result = await provider.run(input(task))
      expect(result).toMatchObject({ calls: [], model: 'local', promptVersion: `local@${task}@v1` })
      expect(result.output.kind).toBe('text')
      if (result.output.kind === 'text') expect(result.output.options.length).toBeGreaterThan(0)
    }
  })

  it('passes the parameters through', async () => {
    const headlines = await provider.run(input('headlines', { count: 2 }))
    expect(headlines.output.kind === 'text' && headlines.output.options).toHaveLength(2)
    const seo = await provider.run(input('seoDescription', { maxChars: 120 }))
    if (seo.output.kind !== 'text') throw new Error('expected text')
    for (const option of seo.output.options) expect(option.text.length).toBeLessThanOrEqual(120)
  })

  it('uses the read rate of the call, else of the provider', async () => {
    const slow = createLocalProvider({ readRate: 150 })
    const byProvider = await slow.run({ ...input('radioScript', { targetSeconds: 60 }), story: floodStory })
    const byCall = await slow.run({
      ...input('radioScript', { targetSeconds: 60, readRate: 180 }),
      story: floodStory,
    })
    expect(byProvider.output.kind === 'text' && byProvider.output.options[0].note).toMatch(
      /đọc 150 âm tiết\/phút/,
    )
    expect(byCall.output.kind === 'text' && byCall.output.options[0].note).toMatch(/đọc 180 âm tiết\/phút/)
  })

  it('needs the print hole size for a print cut', async () => {
    const missing = provider.run(input('printCut'))
    await expect(missing).rejects.toBeInstanceOf(AiError)
    await expect(missing).rejects.toMatchObject({
      permanent: true,
      message: 'Cần cho biết số ký tự tối đa của khuôn báo in để cắt bài.',
    })
    const result = await provider.run(input('printCut', { maxChars: 900 }))
    expect(result.output.kind).toBe('text')
  })

  it('checks spelling', async () => {
    const result = await provider.run({
      ...input('spelling'),
      story: { ...floodStory, headline: 'Mưa lớn ở Việt Nan' },
    })
    expect(result.output).toEqual({
      kind: 'spelling',
      issues: [expect.objectContaining({ word: 'Nan', offset: 15, suggestions: ['Nam'] })],
    })
  })

  it('refuses to translate, with a message the editor can act on', async () => {
    const run = provider.run(input('translate', { targetLocale: 'en' }))
    await expect(run).rejects.toBeInstanceOf(AiUnsupportedTaskError)
    await expect(run).rejects.toMatchObject({
      permanent: true,
      message: 'Bộ xử lý cục bộ không dịch được; cần cấu hình nhà cung cấp AI (AI_BASE_URL).',
    })
  })

  it('reads and checks Vietnamese only, but picks sentences in any language', async () => {
    const english = {
      locale: 'en',
      headline: 'Flood',
      standfirst: '',
      body: 'Heavy rain flooded 1,200 ha of rice fields.',
    }
    for (const task of ['radioScript', 'tvOutline', 'spelling'] as const) {
      await expect(provider.run({ task, story: english, params: {} })).rejects.toBeInstanceOf(
        AiUnsupportedTaskError,
      )
    }
    const summary = await provider.run({ task: 'socialSummary', story: english, params: {} })
    expect(summary.output).toEqual({
      kind: 'text',
      options: [expect.objectContaining({ text: 'Heavy rain flooded 1,200 ha of rice fields.' })],
    })
  })

  it('reads decomposed text like composed text', async () => {
    const decomposed = { ...investmentStory, body: investmentStory.body.normalize('NFD') }
    expect(await provider.run({ ...input('headlines'), story: decomposed })).toEqual(
      await provider.run(input('headlines')),
    )
  })

  it('needs the gazetteer and topics to tag', async () => {
    await expect(provider.run(input('tagging'))).rejects.toMatchObject({
      permanent: true,
      message: 'Thiếu dữ liệu địa danh/chủ đề để gắn thẻ',
    })
  })

  it('tags with the built-in tagger', async () => {
    const tagging: TaggingContext = {
      places: [{ id: 51, name: 'Quảng Ngãi', level: 'province', code: '51' }],
      topics: [{ id: 7, name: 'Đầu tư', slug: 'dau-tu', keywords: ['xúc tiến đầu tư', 'vốn đăng ký'] }],
      homeProvinceId: 51,
    }
    const result = await provider.run({ ...input('tagging'), tagging })
    expect(result.output).toEqual({ kind: 'tags', tags: tagStory(investmentStory, tagging) })
    expect(result.promptVersion).toBe('local@tagging@v1')
  })

  it('stops before work when the job is cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(provider.run(input('headlines'), { signal: controller.signal })).rejects.toThrow()
  })
})
