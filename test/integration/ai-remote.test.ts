import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startWorker } from '../../plugins/jobs'
import { createDraft, decideSuggestion, requestSuggestion, suggest } from '../helpers/ai'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { startOpenAIServer, type TestOpenAIServer } from '../helpers/openaiServer'

const KEY = 'sk-integration-7f3a'
const BUDGET = 2_000_000
const BODY = [
  'Sáng 12/7, nông dân xã Khoái Châu, tỉnh Hưng Yên bắt đầu thu hoạch nhãn lồng vụ mới với sản lượng ước đạt 1.200 tấn.',
  'Theo UBND xã, giá nhãn lồng loại một được thương lái thu mua tại vườn từ 35.000 đến 40.000 đồng mỗi ki-lô-gam.',
].join('\n\n')

let server: TestOpenAIServer
let newsroom: TestNewsroom
let worker: { close: (graceMs?: number) => Promise<void> }

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY })
  newsroom = await startNewsroom({
    AI_BASE_URL: server.url,
    AI_API_KEY: KEY,
    AI_MODEL: 'viet-news-7b',
    AI_MODEL_TRANSLATE: 'viet-mt',
    AI_TIMEOUT_MS: '400',
    AI_MAX_RETRIES: '1',
    AI_MAX_RETRY_WAIT_SECONDS: '2',
    AI_MONTHLY_TOKEN_BUDGET: String(BUDGET),
    AI_PRICE_INPUT_PER_MTOK: '2',
    AI_PRICE_OUTPUT_PER_MTOK: '6',
    QUEUE_ATTEMPTS: '2',
  })
  const province = await newsroom.payload.create({
    collection: 'places',
    data: { name: 'Hưng Yên', level: 'province', code: '33' },
  })
  await newsroom.payload.create({
    collection: 'places',
    data: { name: 'Xã Khoái Châu', level: 'commune', code: '12205', parent: province.id },
  })
  worker = startWorker(newsroom.payload, { queues: ['ai'] })
})

afterAll(async () => {
  await worker?.close()
  await newsroom?.stop()
  await server?.close()
})

const draft = (headline = 'Nhãn lồng vào mùa') =>
  createDraft(newsroom, { headline, body: BODY, createdBy: newsroom.users.reporter.id })

const callsOf = async (suggestion: number | string) =>
  (
    await newsroom.payload.find({
      collection: 'ai-calls',
      where: { suggestion: { equals: suggestion } },
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs as unknown as Array<Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('an OpenAI-compatible endpoint', () => {
  it('runs a task on the configured model and keeps the prompt, answer, tokens and cost for audit', async () => {
    server.reset()
    const story = await draft()
    const done = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'headlines',
    })
    expect(done).toMatchObject({ status: 'ready', providerKind: 'remote', model: 'viet-news-7b' })
    expect(done.promptVersion).toMatch(/^headlines@v1\+[0-9a-f]{8}$/)
    expect(done.output!.options!.length).toBeGreaterThan(0)

    const [request] = server.completions()
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`)
    expect(request!.body!.model).toBe('viet-news-7b')
    const [call] = await callsOf(done.id)
    expect(call).toMatchObject({ status: 'ok', model: 'viet-news-7b', attempt: 1, currency: 'USD' })
    expect(call!.inputTokens).toBe(request!.reply!.usage!.prompt_tokens)
    expect(call!.cost).toBeCloseTo((call!.inputTokens * 2 + call!.outputTokens * 6) / 1e6, 6)
    expect(JSON.stringify(call!.request)).toContain('Nhãn lồng vào mùa')
    expect(call!.response).toBe(request!.reply!.content)
    expect(done.tokens).toBe(call!.inputTokens + call!.outputTokens)

    // Prompts and answers are for managers and admins, never for reporters or the public.
    const { users } = newsroom
    expect(
      (await newsroom.http().get('/api/ai-calls').set(auth(users.admin.token))).body.totalDocs,
    ).toBeGreaterThan(0)
    expect((await newsroom.http().get('/api/ai-calls').set(auth(users.reporter.token))).status).toBe(403)
    expect((await newsroom.http().get('/api/ai-calls')).status).toBe(403)

    const status = await newsroom.http().get('/api/ai/status').set(auth(users.reporter.token))
    expect(status.body.provider).toMatchObject({ kind: 'remote', model: 'viet-news-7b' })
    expect(status.body.budget.usedTokens).toBeGreaterThan(0)
    expect(status.body.tasks.find((t: { task: string }) => t.task === 'spelling').provider).toBe('local')
  })

  it('translates into another locale with the per-task model, and acceptance writes that locale only', async () => {
    server.reset()
    const story = await draft('Nhãn lồng Hưng Yên vào mùa thu hoạch')
    const done = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'translate',
      params: { targetLocale: 'en' },
    })
    expect(done.status).toBe('ready')
    expect(server.completions().every((r) => r.body!.model === 'viet-mt')).toBe(true)
    const accept = await decideSuggestion(newsroom, newsroom.users.reporter.token, done.id, {
      fields: { headline: 'Hung Yen longan harvest begins' },
    })
    expect(accept.status).toBe(200)
    const en = await newsroom.payload.findByID({
      collection: 'stories',
      id: story.id,
      locale: 'en',
      fallbackLocale: false as never,
    })
    const vi = await newsroom.payload.findByID({ collection: 'stories', id: story.id, locale: 'vi' })
    expect(en.headline).toBe('Hung Yen longan harvest begins')
    expect(en.body).toBeTruthy()
    expect(vi.headline).toBe('Nhãn lồng Hưng Yên vào mùa thu hoạch')
    const provenance = await newsroom.payload.find({
      collection: 'ai-provenance' as never,
      where: { story: { equals: story.id } },
      overrideAccess: true,
    })
    const locales = provenance.docs.map((p) => (p as unknown as { locale: string }).locale)
    expect(new Set(locales)).toEqual(new Set(['en']))
    expect(
      provenance.docs.find((p) => (p as unknown as { field: string }).field === 'headline'),
    ).toMatchObject({
      decision: 'edited',
    })
  })

  it('resolves the model’s place names through the newsroom’s gazetteer and drops unknown ones', async () => {
    server.reset()
    server.enqueue({
      kind: 'answer',
      content: {
        topics: [],
        places: [
          { name: 'xã Khoái Châu', confidence: 0.9, evidence: 'xã Khoái Châu' },
          { name: 'Atlantis', confidence: 0.9, evidence: 'Atlantis' },
        ],
        people: [{ name: 'Nguyễn Văn Hùng', confidence: 0.8, evidence: 'Nguyễn Văn Hùng' }],
        organisations: [],
      },
    })
    const story = await draft()
    const done = await suggest(newsroom, newsroom.users.reporter.token, { story: story.id, task: 'tagging' })
    const tags = done.output!.tags!
    const places = tags.filter((t) => t.kind === 'place')
    expect(places.map((p) => p.code).sort()).toEqual(['12205', '33'])
    expect(places.every((p) => p.ref !== undefined)).toBe(true)
    expect(tags.some((t) => t.label === 'Atlantis')).toBe(false)
    expect(tags.find((t) => t.kind === 'person')?.label).toBe('Nguyễn Văn Hùng')
  })
})

describe('faults of the endpoint', () => {
  it('retries a 500 and a 429 (after its Retry-After) and records every attempt', async () => {
    server.reset()
    server.enqueue(
      { kind: 'status', status: 500, message: 'upstream overloaded' },
      { kind: 'default' },
      { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    )
    const story = await draft()
    const first = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'seoDescription',
    })
    expect(first.status).toBe('ready')
    expect((await callsOf(first.id)).map((c) => c.status)).toEqual(['error', 'ok'])
    const second = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'socialSummary',
    })
    expect(second.status).toBe('ready')
    const [limited, retried] = server.completions().slice(-2)
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950)
  })

  it('fails a refused request at once with the model’s reason', async () => {
    server.reset()
    server.enqueue({ kind: 'refusal', refusal: 'Nội dung vi phạm chính sách' })
    const story = await draft()
    const done = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'standfirst',
    })
    expect(done.status).toBe('failed')
    expect(done.error).toContain('từ chối')
    expect(server.completions()).toHaveLength(1)
  })

  it('retries the job after malformed answers and succeeds on the next attempt', async () => {
    server.reset()
    server.enqueue({ kind: 'malformed' }, { kind: 'malformed' })
    const story = await draft()
    const done = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'headlines',
    })
    expect(done.status).toBe('ready')
    expect(server.completions()).toHaveLength(3)
  })

  it('marks a suggestion failed, with the reason, once an unreachable endpoint has used every attempt', async () => {
    server.reset()
    server.enqueue(...Array.from({ length: 4 }, () => ({ kind: 'hang' as const, ms: 1_500 })))
    const story = await draft()
    const done = await suggest(newsroom, newsroom.users.reporter.token, {
      story: story.id,
      task: 'headlines',
    })
    expect(done.status).toBe('failed')
    expect(done.error).toContain('không trả lời')
    expect((await callsOf(done.id)).every((c) => c.status === 'error')).toBe(true)
  })
})

describe('the monthly token budget', () => {
  it('refuses new requests clearly once used up, and stops a job that would pass it', async () => {
    server.reset()
    const { payload, users } = newsroom
    const month = new Date().toISOString().slice(0, 7)
    const story = await draft()
    // Usage just under the budget: a request is accepted, but the call it needs would pass it.
    const status = await newsroom.http().get('/api/ai/status').set(auth(users.reporter.token))
    const used = status.body.budget.usedTokens as number
    const spent = await payload.create({
      collection: 'ai-calls',
      data: {
        month,
        status: 'ok',
        inputTokens: BUDGET - 100 - used,
        outputTokens: 0,
        model: 'viet-news-7b',
      } as never,
      overrideAccess: true,
    })
    const stopped = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'headlines' })
    expect(stopped.status).toBe('failed')
    expect(stopped.error).toContain('hạn mức')
    expect(server.completions()).toHaveLength(0)

    await payload.update({
      collection: 'ai-calls',
      id: spent.id,
      data: { inputTokens: BUDGET } as never,
      overrideAccess: true,
    })
    const refused = await requestSuggestion(newsroom, users.reporter.token, {
      story: story.id,
      task: 'headlines',
    })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toContain('hạn mức')
    // The local provider still serves what it can.
    const local = await suggest(newsroom, users.reporter.token, {
      story: story.id,
      task: 'headlines',
      provider: 'local',
    })
    expect(local).toMatchObject({ status: 'ready', providerKind: 'local' })
  })
})
