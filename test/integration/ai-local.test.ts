import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startWorker } from '../../plugins/jobs'
import { publishDueStories } from '../../collections/Stories/publishDueStories'
import { createDraft, decideSuggestion, requestSuggestion, suggest, waitForSuggestion } from '../helpers/ai'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const BODY = [
  'Sáng 12/7, nông dân xã Khoái Châu, tỉnh Hưng Yên bắt đầu thu hoạch nhãn lồng vụ mới với sản lượng ước đạt 1.200 tấn, tăng 15% so với năm trước.',
  'Theo UBND xã, giá nhãn lồng loại một được thương lái thu mua tại vườn từ 35.000 đến 40.000 đồng mỗi ki-lô-gam. Nhiều hộ đã đăng ký mã số vùng trồng để xuất khẩu.',
  'Ông Nguyễn Văn Hùng, chủ một vườn nhãn 2 ha, cho biết năm nay thời tiết thuận lợi nên quả to, cùi dày và ngọt hơn mọi năm.',
].join('\n\n')

let newsroom: TestNewsroom
let worker: { close: (graceMs?: number) => Promise<void> }
let radio: number | string
let website: number | string

beforeAll(async () => {
  newsroom = await startNewsroom({ AI_LABEL_POLICY: 'assisted' })
  const { payload } = newsroom
  const province = await payload.create({
    collection: 'places',
    data: { name: 'Hưng Yên', level: 'province', code: '33' },
  })
  await payload.create({
    collection: 'places',
    data: { name: 'Xã Khoái Châu', level: 'commune', code: '12205', parent: province.id },
  })
  await payload.create({
    collection: 'topics',
    data: {
      name: 'Nhãn lồng Hưng Yên',
      slug: 'nhan-long-hung-yen',
      keywords: 'nhãn lồng\nvườn nhãn\nmùa nhãn',
    } as never,
  })
  const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  const publication = async (name: string, code: string, kind: string) =>
    (await payload.create({ collection: 'publications', data: { name, code, kind, agency } as never })).id
  website = await publication('Báo điện tử', 'WEB', 'website')
  radio = await publication('Kênh phát thanh', 'PT', 'radio')
  worker = startWorker(payload, { queues: ['ai'] })
})

afterAll(async () => {
  await worker?.close()
  await newsroom?.stop()
})

const storyOf = (id: number | string) =>
  newsroom.payload.findByID({ collection: 'stories', id, depth: 0, overrideAccess: true }) as Promise<
    Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  >

async function patchStory(token: string, id: number | string, data: Record<string, unknown>) {
  const { revision } = await storyOf(id)
  return newsroom
    .http()
    .patch(`/api/stories/${id}`)
    .set(auth(token))
    .send({ ...data, revision })
}

describe('AI suggestions on the built-in local provider', () => {
  it('runs a headline request as a job and leaves labelled local suggestions', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Nhãn lồng',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const res = await requestSuggestion(newsroom, users.reporter.token, {
      story: story.id,
      task: 'headlines',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({
      status: 'queued',
      providerKind: 'local',
      field: 'headline',
      locale: 'vi',
    })
    const done = await waitForSuggestion(newsroom, res.body.doc.id)
    expect(done).toMatchObject({ status: 'ready', providerKind: 'local', model: 'local' })
    expect(done.providerLabel).toContain('cục bộ')
    const options = done.output!.options!
    expect(options.length).toBeGreaterThanOrEqual(3)
    for (const option of options) expect(option.text.length).toBeLessThanOrEqual(110)
    const calls = await newsroom.payload.count({ collection: 'ai-calls' as never, overrideAccess: true })
    expect(calls.totalDocs).toBe(0)
  })

  it('records provenance on acceptance and follows the AI text through human edits', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Tít tạm',
      body: BODY,
      createdBy: users.reporter.id,
      channels: [website, radio],
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'standfirst' })
    const aiText = done.output!.options![0]!.text
    const edited = `${aiText} Thêm một câu do phóng viên viết.`
    const accept = await decideSuggestion(newsroom, users.reporter.token, done.id, {
      option: 0,
      text: edited,
    })
    expect(accept.status).toBe(200)
    expect(accept.body.suggestion).toMatchObject({ status: 'edited' })

    const after = await storyOf(story.id)
    expect(after.standfirst).toBe(edited)
    expect(after.ai).toMatchObject({ reviewPending: true })
    expect(['assisted', 'generated']).toContain(after.ai.class)

    const { docs } = await newsroom.payload.find({
      collection: 'ai-provenance' as never,
      where: { story: { equals: story.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const record = docs[0] as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(record).toMatchObject({
      field: 'standfirst',
      task: 'standfirst',
      kind: 'text',
      decision: 'edited',
      aiText,
      appliedText: edited,
      providerKind: 'local',
      model: 'local',
      survivingChars: aiText.length,
    })
    expect(record.promptVersion).toMatch(/^local@/)
    expect(String(record.acceptedBy)).toBe(String(users.reporter.id))

    // The reporter rewrites the standfirst entirely: the AI text no longer survives.
    const rewrite = await patchStory(users.reporter.token, story.id, {
      standfirst: 'Phóng viên tự viết lại toàn bộ đoạn mở đầu này sau khi đi thực tế.',
    })
    expect(rewrite.status).toBe(200)
    const measured = (await newsroom.payload.findByID({
      collection: 'ai-provenance' as never,
      id: record.id,
      overrideAccess: true,
    })) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(measured.survivingChars).toBeLessThan(aiText.length / 3)
    expect((await storyOf(story.id)).ai.class).toBe('human')
  })

  it('resolves places and topics from the newsroom’s own records and applies the chosen tags', async () => {
    const { users, payload } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Mùa nhãn lồng',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'tagging' })
    const tags = done.output!.tags!
    const commune = tags.findIndex((t) => t.kind === 'place' && t.label.includes('Khoái Châu'))
    const province = tags.findIndex((t) => t.kind === 'place' && t.code === '33')
    const topic = tags.findIndex((t) => t.kind === 'topic')
    expect(commune).toBeGreaterThanOrEqual(0)
    expect(province).toBeGreaterThanOrEqual(0)
    expect(topic).toBeGreaterThanOrEqual(0)
    for (const tag of tags) expect(tag.confidence).toBeGreaterThan(0)

    const accept = await decideSuggestion(newsroom, users.reporter.token, done.id, {
      tags: [commune, province, topic],
    })
    expect(accept.status).toBe(200)
    const after = await storyOf(story.id)
    const places = await payload.find({ collection: 'places', where: { id: { in: after.places } } })
    expect(places.docs.map((p) => p.name).sort()).toEqual(['Hưng Yên', 'Xã Khoái Châu'])
    expect(after.topics).toHaveLength(1)
    // Accepted AI tags make a story AI-assisted under the default policy.
    expect(after.ai).toMatchObject({ class: 'assisted', tagged: true })
  })

  it('fixes accepted spelling mistakes inside the rich-text body', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Thu hoạch nhãn',
      body: 'Nông dân đang thu hoạch nhãn lồng trên những cánh đồng nghiêp rộng lớn.',
      createdBy: users.reporter.id,
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'spelling' })
    const issues = done.output!.issues!
    const index = issues.findIndex((issue) => issue.word === 'nghiêp')
    expect(index).toBeGreaterThanOrEqual(0)
    const accept = await decideSuggestion(newsroom, users.reporter.token, done.id, {
      issues: [{ index, replacement: 'nghiệp' }],
    })
    expect(accept.status).toBe(200)
    const after = await storyOf(story.id)
    expect(JSON.stringify(after.body)).toContain('cánh đồng nghiệp rộng lớn')
  })
})

describe('human approval before publishing, and the public label', () => {
  it('refuses to publish AI content until an editor has approved it, and records who did', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Tít tạm cho bản tin phát thanh',
      body: BODY,
      createdBy: users.reporter.id,
      channels: [website, radio],
    })
    const done = await suggest(newsroom, users.reporter.token, {
      story: story.id,
      task: 'radioScript',
      params: { targetSeconds: 45 },
    })
    const accepted = await decideSuggestion(newsroom, users.reporter.token, done.id, { option: 0 })
    expect(accepted.status).toBe(200)
    const withScript = await storyOf(story.id)
    expect(withScript.radio.script.length).toBeGreaterThan(50)
    expect(withScript.ai.channels.radio.class).toBe('generated')

    // Straight to approved as trusted code would, then an editor tries to publish.
    await newsroom.payload.update({
      collection: 'stories',
      id: story.id,
      data: { workflowState: 'approved' } as never,
      overrideAccess: true,
      context: { skipRevisionCheck: true },
    })
    const refused = await patchStory(users.deskChief.token, story.id, { workflowState: 'published' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('chưa được duyệt')

    // Desk chiefs may publish but the AI content must be approved first; the refusal changed nothing.
    expect((await storyOf(story.id)).ai.reviewPending).toBe(true)

    const approved = await patchStory(users.editor.token, story.id, { ai: { approve: true } })
    expect(approved.status).toBe(200)
    const reviewed = await storyOf(story.id)
    expect(reviewed.ai).toMatchObject({ reviewPending: false, approve: false })
    expect(reviewed.ai.reviewedById).toBe(String(users.editor.id))
    expect(reviewed.ai.reviewedBy).toContain('editor')

    const published = await patchStory(users.deskChief.token, story.id, { workflowState: 'published' })
    expect(published.status).toBe(200)
  })

  it('counts an editor’s acceptance into a story already published as that editor’s review', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Tin đã xuất bản',
      body: BODY,
      createdBy: users.reporter.id,
      workflowState: 'published',
    })
    const done = await suggest(newsroom, users.editor.token, { story: story.id, task: 'seoDescription' })
    const accepted = await decideSuggestion(newsroom, users.editor.token, done.id, { option: 0 })
    expect(accepted.status).toBe(200)
    const after = await storyOf(story.id)
    expect(after.web.seoDescription).toBe(done.output!.options![0]!.text)
    expect(after.ai).toMatchObject({ reviewPending: false, reviewedById: String(users.editor.id) })
  })

  it('labels AI-assisted output publicly under the agency’s policy and leaves human stories unlabelled', async () => {
    const { users } = newsroom
    const human = await createDraft(newsroom, {
      headline: 'Tin do người viết',
      body: BODY,
      createdBy: users.reporter.id,
      workflowState: 'published',
    })
    const publicHuman = await newsroom.http().get(`/api/stories/${human.id}`)
    expect(publicHuman.status).toBe(200)
    expect(publicHuman.body.aiLabel ?? null).toBeNull()

    const story = await createDraft(newsroom, {
      headline: 'Tít tạm',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'headlines' })
    const accept = await decideSuggestion(newsroom, users.reporter.token, done.id, { option: 0 })
    expect(accept.status).toBe(200)
    expect(accept.body.story.ai.class).toBe('assisted')
    await newsroom.payload.update({
      collection: 'stories',
      id: story.id,
      data: { workflowState: 'published' } as never,
      overrideAccess: true,
      context: { skipAI: true, skipRevisionCheck: true },
    })
    const labelled = await newsroom.http().get(`/api/stories/${story.id}`)
    expect(labelled.body.aiLabel).toContain('trí tuệ nhân tạo')
    const english = await newsroom.http().get(`/api/stories/${story.id}?locale=en`)
    expect(english.body.aiLabel).toContain('artificial intelligence')
  })
})

describe('the review cannot be bypassed', () => {
  async function pendingDraft() {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Tít tạm',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'headlines' })
    const accepted = await decideSuggestion(newsroom, users.reporter.token, done.id, { option: 0 })
    expect(accepted.status).toBe(200)
    expect((await storyOf(story.id)).ai.reviewPending).toBe(true)
    return story
  }

  it('ignores clients writing the review fields and refuses approval from a reporter', async () => {
    const { users } = newsroom
    const story = await pendingDraft()
    const forged = await patchStory(users.reporter.token, story.id, {
      ai: {
        reviewPending: false,
        reviewedBy: 'Trưởng ban',
        reviewedAt: new Date().toISOString(),
        class: 'human',
      },
    })
    expect(forged.status).toBe(200)
    expect((await storyOf(story.id)).ai).toMatchObject({
      reviewPending: true,
      reviewedBy: null,
      class: 'assisted',
    })
    const approve = await patchStory(users.reporter.token, story.id, { ai: { approve: true } })
    expect(approve.status).toBe(403)
    expect((await storyOf(story.id)).ai.reviewPending).toBe(true)
  })

  it('keeps the scheduler from publishing AI content nobody approved', async () => {
    const story = await pendingDraft()
    await newsroom.payload.update({
      collection: 'stories',
      id: story.id,
      data: { workflowState: 'scheduled', scheduledAt: new Date(Date.now() + 60_000).toISOString() } as never,
      overrideAccess: true,
      context: { skipAI: true, skipRevisionCheck: true },
    })
    const published = await publishDueStories(newsroom.payload, new Date(Date.now() + 120_000))
    expect(published).not.toContain(story.id)
    expect((await storyOf(story.id)).workflowState).toBe('scheduled')
  })

  it('carries provenance and the review into a duplicate', async () => {
    const { users } = newsroom
    const story = await pendingDraft()
    const copy = await newsroom
      .http()
      .post(`/api/stories/${story.id}/duplicate`)
      .set(auth(users.editor.token))
      .send({})
    expect(copy.status).toBe(200)
    const duplicate = await storyOf(copy.body.doc.id)
    expect(duplicate.ai).toMatchObject({ class: 'assisted', reviewPending: true })
    const records = await newsroom.payload.count({
      collection: 'ai-provenance',
      where: { story: { equals: duplicate.id } },
      overrideAccess: true,
    })
    expect(records.totalDocs).toBe(1)
  })

  it('keeps the reviewer and the measures from the public', async () => {
    const { users } = newsroom
    const story = await pendingDraft()
    await patchStory(users.editor.token, story.id, { ai: { approve: true } })
    await newsroom.payload.update({
      collection: 'stories',
      id: story.id,
      data: { workflowState: 'published' } as never,
      overrideAccess: true,
      context: { skipRevisionCheck: true },
    })
    const publicRead = await newsroom.http().get(`/api/stories/${story.id}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.ai.class).toBe('assisted')
    expect(publicRead.body.ai.reviewedBy).toBeUndefined()
    expect(publicRead.body.ai.channels).toBeUndefined()
    const staffRead = await newsroom.http().get(`/api/stories/${story.id}`).set(auth(users.reporter.token))
    expect(staffRead.body.ai.reviewedBy).toContain('editor')
  })
})

describe('decisions and deletions', () => {
  it('decides a suggestion once even when two accepts race, and only for those who may edit the story', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, { headline: 'Tin', body: BODY, createdBy: users.reporter.id })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'socialSummary' })
    const otherDesk = await newsroom
      .http()
      .post(`/api/ai-suggestions/${done.id}/reject`)
      .set(auth(users.editor.token))
    // The editor's desk is the story's: allowed. A reporter who does not own it is not.
    expect(otherDesk.status).toBe(200)
    const story2 = await createDraft(newsroom, {
      headline: 'Tin hai',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const done2 = await suggest(newsroom, users.reporter.token, { story: story2.id, task: 'socialSummary' })
    const accept = () => decideSuggestion(newsroom, users.reporter.token, done2.id, { option: 0 })
    const statuses = (await Promise.all([accept(), accept()])).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409])
    const records = await newsroom.payload.count({
      collection: 'ai-provenance',
      where: { story: { equals: story2.id } },
      overrideAccess: true,
    })
    expect(records.totalDocs).toBe(1)
  })

  it('refuses a reporter deciding on a story that is not theirs', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Tin của biên tập',
      body: BODY,
      createdBy: users.editor.id,
    })
    const done = await suggest(newsroom, users.editor.token, { story: story.id, task: 'headlines' })
    const reject = await newsroom
      .http()
      .post(`/api/ai-suggestions/${done.id}/reject`)
      .set(auth(users.reporter.token))
    expect(reject.status).toBe(403)
    const stored = await newsroom.payload.findByID({
      collection: 'ai-suggestions',
      id: done.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('ready')
  })

  it('deletes a story together with its suggestions and provenance', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, {
      headline: 'Tin sẽ xóa',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'headlines' })
    await decideSuggestion(newsroom, users.reporter.token, done.id, { option: 0 })
    const deleted = await newsroom.http().delete(`/api/stories/${story.id}`).set(auth(users.manager.token))
    expect(deleted.status).toBe(200)
    for (const collection of ['ai-provenance', 'ai-suggestions'] as const) {
      const left = await newsroom.payload.count({
        collection,
        where: { story: { equals: story.id } },
        overrideAccess: true,
      })
      expect(left.totalDocs).toBe(0)
    }
  })
})

describe('the AI-share figure', () => {
  it('counts published stories per desk and channel from provenance, with drill-down', async () => {
    const { users } = newsroom
    const res = await newsroom.http().get('/api/ai/share?groupBy=channel').set(auth(users.manager.token))
    expect(res.status).toBe(200)
    expect(res.body.total.stories).toBeGreaterThanOrEqual(2)
    const radioGroup = res.body.groups.find((g: { key: string }) => g.key === String(radio))
    expect(radioGroup).toMatchObject({ label: 'Kênh phát thanh', generated: 1 })

    const drill = await newsroom
      .http()
      .get(`/api/ai/share/stories?groupBy=channel&groupKey=${radio}&class=generated`)
      .set(auth(users.manager.token))
    expect(drill.status).toBe(200)
    expect(drill.body.totalDocs).toBe(1)
    const [drilled] = drill.body.docs
    expect(drilled.provenance.map((p: { task: string }) => p.task)).toContain('radioScript')
    expect(drilled.provenance[0].acceptedBy.fullName).toContain('reporter')

    // One more story published with an AI-written standfirst moves the figure by exactly one.
    const before = (await newsroom.http().get('/api/ai/share?groupBy=desk').set(auth(users.manager.token)))
      .body
    const story = await createDraft(newsroom, {
      headline: 'Tin mới có sapo AI',
      body: BODY,
      createdBy: users.reporter.id,
    })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'standfirst' })
    await decideSuggestion(newsroom, users.reporter.token, done.id, { option: 0 })
    await newsroom.payload.update({
      collection: 'stories',
      id: story.id,
      data: { workflowState: 'published' } as never,
      overrideAccess: true,
      context: { skipAI: true, skipRevisionCheck: true },
    })
    const after = (await newsroom.http().get('/api/ai/share?groupBy=desk').set(auth(users.manager.token)))
      .body
    expect(after.total.stories).toBe(before.total.stories + 1)
    expect(after.total.assisted + after.total.generated).toBe(
      before.total.assisted + before.total.generated + 1,
    )
  })

  it('is for managers, desk chiefs and admins, and checks its query', async () => {
    const { users } = newsroom
    expect((await newsroom.http().get('/api/ai/share')).status).toBe(401)
    expect((await newsroom.http().get('/api/ai/share').set(auth(users.reporter.token))).status).toBe(403)
    const bad = await newsroom.http().get('/api/ai/share?from=12/2026').set(auth(users.manager.token))
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('from')
    const group = await newsroom.http().get('/api/ai/share?groupBy=tuần').set(auth(users.manager.token))
    expect(group.status).toBe(400)
  })
})

describe('bad requests get a clear error and change nothing', () => {
  it('refuses bad suggestion requests with a message', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, { headline: 'Tin', body: BODY, createdBy: users.reporter.id })
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ story: story.id, task: 'poem' }, 400, 'task'],
      [{ story: story.id, task: 'headlines', params: { count: 50 } }, 400, 'count'],
      [{ story: story.id, task: 'headlines', params: { tone: 'vui' } }, 400, 'tone'],
      [{ story: story.id, task: 'headlines', field: 'body' }, 400, 'trường đích'],
      [{ story: story.id, task: 'translate', params: { targetLocale: 'en' } }, 400, 'AI_BASE_URL'],
      [{ story: story.id, task: 'printCut' }, 400, 'maxChars'],
      [{ story: story.id, task: 'headlines', locale: 'fr' }, 400, 'fr'],
    ]
    for (const [body, status, text] of cases) {
      const res = await requestSuggestion(newsroom, users.reporter.token, body)
      expect([res.status, JSON.stringify(res.body)]).toEqual([status, expect.stringContaining(text)])
    }
    const malformed = await newsroom
      .http()
      .post('/api/ai-suggestions')
      .set(auth(users.reporter.token))
      .set('content-type', 'application/json')
      .send('{"story": ')
    expect(malformed.status).toBe(400)
    const count = await newsroom.payload.count({
      collection: 'ai-suggestions' as never,
      where: { story: { equals: story.id } },
      overrideAccess: true,
    })
    expect(count.totalDocs).toBe(0)
  })

  it('keeps other people’s stories and the audit records out of reach', async () => {
    const { users } = newsroom
    const editorsStory = await createDraft(newsroom, {
      headline: 'Tin của ban khác',
      body: BODY,
      desk: newsroom.desks.economy,
    })
    const res = await requestSuggestion(newsroom, users.reporter.token, {
      story: editorsStory.id,
      task: 'headlines',
    })
    expect(res.status).toBe(403)
    expect(
      (await newsroom.http().post('/api/ai-suggestions').send({ story: editorsStory.id, task: 'headlines' }))
        .status,
    ).toBe(403)
    expect((await newsroom.http().get('/api/ai-calls').set(auth(users.reporter.token))).status).toBe(403)
    const forged = await newsroom
      .http()
      .post('/api/ai-provenance')
      .set(auth(users.admin.token))
      .send({ story: editorsStory.id, field: 'headline', locale: 'vi', task: 'headlines', kind: 'text' })
    expect(forged.status).toBe(403)
  })

  it('decides each suggestion once, and only when it is ready', async () => {
    const { users } = newsroom
    const story = await createDraft(newsroom, { headline: 'Tin', body: BODY, createdBy: users.reporter.id })
    const done = await suggest(newsroom, users.reporter.token, { story: story.id, task: 'seoDescription' })
    const post = (path: string, body: unknown, token = users.reporter.token) =>
      newsroom
        .http()
        .post(`/api/ai-suggestions/${path}`)
        .set(auth(token))
        .send(body as object)
    expect((await post(`${done.id}/accept`, { option: 9 })).status).toBe(400)
    expect((await post(`${done.id}/accept`, { option: 0, text: 42 })).status).toBe(400)
    expect((await post('999999/accept', { option: 0 })).status).toBe(404)
    expect((await newsroom.http().post(`/api/ai-suggestions/${done.id}/accept`).send({})).status).toBe(401)
    const reject = await post(`${done.id}/reject`, { reason: 'Không hợp văn phong' })
    expect(reject.status).toBe(200)
    expect(reject.body.suggestion).toMatchObject({
      status: 'rejected',
      decision: { reason: 'Không hợp văn phong' },
    })
    const again = await post(`${done.id}/accept`, { option: 0 })
    expect(again.status).toBe(409)
    expect((await storyOf(story.id)).web?.seoDescription ?? null).toBeNull()
    // The suggestion itself cannot be rewritten over REST.
    const tamper = await newsroom
      .http()
      .patch(`/api/ai-suggestions/${done.id}`)
      .set(auth(users.admin.token))
      .send({ status: 'ready' })
    expect(tamper.status).toBe(403)
  })
})
