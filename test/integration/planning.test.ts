import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Plugin } from 'payload'

import { addDays, dayInZone } from '../../plugins/planning/lib/days'
import { withHooks } from '../../src/lib/withHooks'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/** Fails the linking step after the story exists, to prove the endpoint's transaction. */
const FAIL_BRIEF = 'LỖI-KHI-NỐI'
const failLinking: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'assignments'
      ? collection
      : withHooks(collection, {
          afterChange: [
            ({ doc }) => {
              if (doc.story && doc.brief === FAIL_BRIEF) throw new Error('simulated failure while linking')
              return doc
            },
          ],
        }),
  ),
})

let newsroom: TestNewsroom
const pubs: Record<'web' | 'print' | 'radio' | 'zalo', number | string> = {
  web: 0,
  print: 0,
  radio: 0,
  zalo: 0,
}
let section: number | string
const today = () => dayInZone(new Date(), 'Asia/Ho_Chi_Minh')
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()
const token = (role: keyof TestNewsroom['users']) => newsroom.users[role].token

type Answer = { status: number; body: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any
const post = (path: string, role: keyof TestNewsroom['users'], body?: unknown): Promise<Answer> => {
  const request = newsroom
    .http()
    .post(path)
    .set(auth(token(role)))
  return body === undefined ? request : request.send(body as object)
}
const patch = (path: string, role: keyof TestNewsroom['users'], body: unknown): Promise<Answer> =>
  newsroom
    .http()
    .patch(path)
    .set(auth(token(role)))
    .send(body as object)
const get = (path: string, role?: keyof TestNewsroom['users']): Promise<Answer> =>
  role
    ? newsroom
        .http()
        .get(path)
        .set(auth(token(role)))
    : newsroom.http().get(path)

async function plan(data: Record<string, unknown>, role: keyof TestNewsroom['users'] = 'editor') {
  const response = await post('/api/plan-items', role, { desk: newsroom.desks.news, date: today(), ...data })
  expect(response.status).toBe(201)
  return response.body.doc
}
async function assign(planItem: number | string, data: Record<string, unknown> = {}) {
  const response = await post('/api/assignments', 'editor', {
    planItem,
    assignee: newsroom.users.reporter.id,
    deadline: inHours(6),
    ...data,
  })
  expect(response.status).toBe(201)
  return response.body.doc
}
const count = async (collection: 'stories' | 'plan-items' | 'assignments') =>
  (await newsroom.payload.count({ collection })).totalDocs
const load = (collection: 'stories' | 'plan-items' | 'assignments', id: number | string) =>
  newsroom.payload.findByID({ collection, id, depth: 0 }) as Promise<Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any
const expectError = (response: Answer, status: number, text?: string) => {
  expect(response.status).toBe(status)
  expect(response.body.errors?.[0]?.message).toEqual(
    text ? expect.stringContaining(text) : expect.any(String),
  )
}

beforeAll(async () => {
  newsroom = await startNewsroom({}, { plugins: [failLinking] })
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0].id
  const kinds = { web: 'website', print: 'print', radio: 'radio', zalo: 'social' } as const
  for (const [key, kind] of Object.entries(kinds)) {
    const doc = await newsroom.payload.create({
      collection: 'publications',
      data: { name: `Kênh ${key}`, code: key.toUpperCase(), kind, agency },
    })
    pubs[key as keyof typeof pubs] = doc.id
  }
  section = (
    await newsroom.payload.create({
      collection: 'sections',
      data: { name: 'Thời sự', desk: newsroom.desks.news as number },
    })
  ).id
})
afterAll(async () => {
  await newsroom?.stop()
})

describe('plan items', () => {
  it('planners create for their own desks; reporters and API clients cannot', async () => {
    const item = await plan({
      title: 'Họp HĐND tỉnh',
      date: '2026-03-10',
      wantedChannels: ['web'],
      status: 'idea',
    })
    expect(item).toMatchObject({
      date: '2026-03-10T12:00:00.000Z',
      status: 'idea',
      priority: 'normal',
      story: null,
    })
    // A local-midnight timestamp is that day in Vietnam.
    expect((await plan({ title: 'Giờ địa phương', date: '2026-03-10T00:00:00+07:00' })).date).toBe(
      '2026-03-10T12:00:00.000Z',
    )
    expectError(
      await post('/api/plan-items', 'reporter', { title: 'x', date: today(), desk: newsroom.desks.news }),
      403,
    )
    expect((await get('/api/plan-items', 'apiClient')).status).toBe(403)
    expect((await get(`/api/plan-items/${item.id}`, 'reporter')).status).toBe(200)

    const before = await count('plan-items')
    expectError(
      await post('/api/plan-items', 'editor', {
        title: 'Ban khác',
        date: today(),
        desk: newsroom.desks.economy,
      }),
      403,
      'ban mình',
    )
    expectError(await patch(`/api/plan-items/${item.id}`, 'editor', { desk: newsroom.desks.economy }), 403)
    expect(await count('plan-items')).toBe(before)
    expect((await load('plan-items', item.id)).desk).toBe(newsroom.desks.news)

    const economy = await plan({ title: 'Giá lúa', desk: newsroom.desks.economy }, 'manager')
    expect((await patch(`/api/plan-items/${economy.id}`, 'editor', { title: 'Sửa' })).status).toBe(403)
    expect(
      (await patch(`/api/plan-items/${economy.id}`, 'manager', { title: 'Giá lúa vụ đông' })).status,
    ).toBe(200)
  })

  it('derived statuses and the story link are not the client’s to set', async () => {
    const response = await post('/api/plan-items', 'editor', {
      title: 'Tự đặt',
      date: today(),
      desk: newsroom.desks.news,
      story: 1,
      status: 'published',
    })
    expectError(response, 400, 'tính tự động')
    const item = await plan({ title: 'Gắn tin', story: 1 })
    expect(item.story).toBeNull()
    expect((await patch(`/api/plan-items/${item.id}`, 'editor', { status: 'dropped' })).body.doc.status).toBe(
      'dropped',
    )
    expect((await patch(`/api/plan-items/${item.id}`, 'editor', { status: 'planned' })).body.doc.status).toBe(
      'planned',
    )
  })

  it.each([
    ['malformed JSON', '{"title": "thiếu ngoặc"'],
    ['a number as title', { title: 12345 }],
    ['a day that does not exist', { date: '2026-02-30' }],
    ['words as a date', { date: 'ngày mai' }],
    ['an unknown desk', { desk: 999999 }],
    ['a desk id that is no number', { desk: 'thoi-su' }],
    // Beyond PostgreSQL's integer ids: a query with it would fail the whole request (was a 500).
    ['a desk id beyond the id range', { desk: 99_999_999_999 }],
    ['an unknown channel', { wantedChannels: ['fax'] }],
    ['an unknown priority', { priority: 'urgent' }],
    ['an unknown status', { status: 'maybe' }],
    ['a negative length', { plannedLength: -1 }],
  ])('bad input is a 400 and stores nothing: %s', async (_label, data) => {
    const before = await count('plan-items')
    const request = newsroom
      .http()
      .post('/api/plan-items')
      .set(auth(token('editor')))
    const response =
      typeof data === 'string'
        ? await request.set('Content-Type', 'application/json').send(data)
        : await request.send({ title: 'Hỏng', date: today(), desk: newsroom.desks.news, ...data })
    expectError(response, 400)
    expect(await count('plan-items')).toBe(before)
  })

  it('an unknown id is a 404', async () => {
    expectError(await patch('/api/plan-items/999999', 'editor', { title: 'x' }), 404)
  })
})

describe('assignments', () => {
  it('assigning moves the plan along; a past deadline or a dropped plan is refused', async () => {
    const item = await plan({ title: 'Lễ hội đền Hùng' })
    const before = await count('assignments')
    expectError(
      await post('/api/assignments', 'editor', { planItem: item.id, deadline: inHours(-1) }),
      400,
      'Hạn nộp',
    )
    expectError(await post('/api/assignments', 'reporter', { planItem: item.id }), 403)
    expectError(await post('/api/assignments', 'editor', { planItem: 999999 }), 400)
    expectError(await post('/api/assignments', 'editor', { planItem: 'ke-hoach' }), 400)
    expectError(await post('/api/assignments', 'editor', { planItem: 99_999_999_999 }), 400, 'Kế hoạch')
    expectError(await post('/api/assignments', 'editor', { planItem: item.id, deadline: 'mai' }), 400)
    expectError(
      await post('/api/assignments', 'editor', { planItem: item.id, assignee: newsroom.users.apiClient.id }),
      400,
    )
    expect(await count('assignments')).toBe(before)

    const assignment = await assign(item.id, { kind: 'photo' })
    expect(assignment).toMatchObject({ title: 'Chụp ảnh: Lễ hội đền Hùng', status: 'open', story: null })
    expect((await load('plan-items', item.id)).status).toBe('assigned')

    const economy = await plan({ title: 'Ban kinh tế', desk: newsroom.desks.economy }, 'manager')
    expectError(await post('/api/assignments', 'editor', { planItem: economy.id }), 403)
    // Editors change the assignments of their own desks' plans only.
    const theirs = (await post('/api/assignments', 'manager', { planItem: economy.id })).body.doc
    expectError(await patch(`/api/assignments/${theirs.id}`, 'editor', { brief: 'Sửa hộ' }), 403)
    expect((await patch(`/api/assignments/${assignment.id}`, 'editor', { brief: 'Ảnh dọc' })).status).toBe(
      200,
    )
    await patch(`/api/plan-items/${economy.id}`, 'manager', { status: 'dropped' })
    expectError(await post('/api/assignments', 'manager', { planItem: economy.id }), 409, 'đã bị bỏ')
  })

  it('a reporter only moves the status of their own assignment', async () => {
    const item = await plan({ title: 'Phóng sự vùng cao' })
    const own = await assign(item.id, { brief: 'Gặp già làng' })
    const other = await assign(item.id, { assignee: newsroom.users.editor.id, kind: 'video' })
    expect((await patch(`/api/assignments/${own.id}`, 'reporter', { status: 'accepted' })).status).toBe(200)
    expectError(await patch(`/api/assignments/${own.id}`, 'reporter', { brief: 'Đổi yêu cầu' }), 403, 'brief')
    expectError(await patch(`/api/assignments/${own.id}`, 'reporter', { status: 'cancelled' }), 403)
    expectError(await patch(`/api/assignments/${other.id}`, 'reporter', { status: 'done' }), 403)
    expect(await load('assignments', own.id)).toMatchObject({ status: 'accepted', brief: 'Gặp già làng' })
    expect((await patch(`/api/assignments/${own.id}`, 'reporter', { status: 'inProgress' })).status).toBe(200)
    expect((await load('plan-items', item.id)).status).toBe('inProgress')
    // Dropping the plan cancels what was still owed on it.
    await patch(`/api/plan-items/${item.id}`, 'editor', { status: 'dropped' })
    expect((await load('assignments', other.id)).status).toBe('cancelled')
    expectError(await patch(`/api/assignments/${own.id}`, 'reporter', { status: 'done' }), 409, 'đã bị hủy')
  })
})

describe('calendar', () => {
  it('groups the budget per day with assignees and flags', async () => {
    const late = await plan({ title: 'Bão số 3', priority: 'high', slot: 'Trang 1', publication: pubs.print })
    // A deadline has to be in the future when set; the clock then runs past it (as the plugin's
    // own write, which skips that check) — no waiting on a real clock.
    const lateWork = await assign(late.id)
    await newsroom.payload.update({
      collection: 'assignments',
      id: lateWork.id,
      data: { deadline: inHours(-1) },
      context: { planningSystem: true },
    })
    const open = await plan({ title: 'Chưa ai nhận', publication: pubs.web })
    await assign(open.id, { assignee: null })
    const yesterday = await plan({ title: 'Hôm qua', date: addDays(today(), -1) })
    await assign(yesterday.id)
    const elsewhere = await plan({ title: 'Ban khác', desk: newsroom.desks.economy }, 'manager')

    const from = addDays(today(), -1)
    const response = await get(
      `/api/plan-items/calendar?from=${from}&to=${today()}&desk=${newsroom.desks.news}`,
      'reporter',
    )
    expect(response.status).toBe(200)
    expect(response.body.days.map((d: { date: string }) => d.date)).toEqual([from, today()])
    const items = response.body.days.flatMap((d: { items: unknown[] }) => d.items)
    const byTitle = (title: string) => items.find((i: { title: string }) => i.title === title)
    expect(byTitle('Ban khác')).toBeUndefined()
    expect(byTitle('Bão số 3')).toMatchObject({
      overdue: true,
      unassigned: false,
      slot: 'Trang 1',
      storyState: null,
    })
    expect(byTitle('Bão số 3').overdueReasons).toContain('deadline')
    expect(byTitle('Bão số 3').assignments[0]).toMatchObject({
      overdue: true,
      assignee: { name: 'Người dùng reporter' },
    })
    expect(byTitle('Chưa ai nhận')).toMatchObject({ unassigned: true, overdue: false })
    expect(byTitle('Hôm qua')).toMatchObject({
      overdue: true,
      overdueReasons: ['dayPassed'],
      unassigned: false,
    })
    expect(response.body.days[1].items[0].title).toBe('Bão số 3') // high priority first

    const print = await get(
      `/api/plan-items/calendar?from=${today()}&to=${today()}&publication=${pubs.print}`,
      'editor',
    )
    const titles = print.body.days[0].items.map((i: { title: string }) => i.title)
    expect(titles).toContain('Bão số 3')
    expect(titles).not.toContain('Chưa ai nhận')
    expect(titles).toContain(elsewhere.title) // no publication = every channel
    expect(print.body.totals.items).toBe(titles.length)
  })

  it.each([
    ['no range', '', 400],
    ['a day that does not exist', 'from=2026-02-30&to=2026-03-01', 400],
    ['a reversed range', 'from=2026-03-10&to=2026-03-01', 400],
    ['63 days', 'from=2026-03-01&to=2026-05-02', 400],
    ['a desk that is not an id', 'from=2026-03-01&to=2026-03-02&desk=thoi-su', 400],
    ['an unknown parameter', 'from=2026-03-01&to=2026-03-02&desks=1', 400],
    ['an unknown desk', 'from=2026-03-01&to=2026-03-02&desk=999999', 404],
    ['an unknown publication', 'from=2026-03-01&to=2026-03-02&publication=999999', 404],
    ['a desk beyond the id range', 'from=2026-03-01&to=2026-03-02&desk=999999999999', 404],
  ])('refuses %s', async (_label, query, status) => {
    expectError(await get(`/api/plan-items/calendar?${query}`, 'editor'), status)
  })

  it('is for logged-in staff only', async () => {
    expectError(await get('/api/plan-items/calendar?from=2026-03-01&to=2026-03-02'), 401)
    expectError(await get('/api/plan-items/calendar?from=2026-03-01&to=2026-03-02', 'apiClient'), 403)
  })
})

describe('story from an assignment', () => {
  it('inherits the plan, links both ways in one go, and refuses a second time', async () => {
    const item = await plan({
      title: 'Khánh thành cầu Đông Hà',
      slot: 'Trang 1',
      section,
      wantedChannels: ['web', 'zalo', 'print'],
      assets: ['photo', 'crew'],
      plannedLength: 3000,
    })
    const assignment = await assign(item.id, { brief: 'Phỏng vấn chủ đầu tư' })
    const response = await post(`/api/assignments/${assignment.id}/story`, 'editor')
    expect(response.status).toBe(201)
    const story = await load('stories', response.body.story.id)
    expect(story).toMatchObject({
      headline: 'Khánh thành cầu Đông Hà',
      workflowState: 'assigned',
      desk: newsroom.desks.news,
      section,
      assignee: newsroom.users.reporter.id,
      print: expect.objectContaining({ plannedLength: 3000 }),
    })
    expect([...story.channels].sort()).toEqual([pubs.web, pubs.zalo, pubs.print].sort())
    expect(story.planningNote).toContain('Trang 1')
    expect(story.planningNote).toContain('Phỏng vấn chủ đầu tư')
    expect(await load('assignments', assignment.id)).toMatchObject({ story: story.id, status: 'inProgress' })
    expect(await load('plan-items', item.id)).toMatchObject({ story: story.id, status: 'inProgress' })

    const found = await get(`/api/plan-items?where[story][equals]=${story.id}`, 'reporter')
    expect(found.body.docs.map((d: { id: unknown }) => d.id)).toEqual([item.id])

    const stories = await count('stories')
    expectError(await post(`/api/assignments/${assignment.id}/story`, 'editor'), 409)
    expect(await count('stories')).toBe(stories)

    // A second assignment of the same plan joins that story.
    const photo = await assign(item.id, { kind: 'photo', assignee: newsroom.users.editor.id })
    const joined = await post(`/api/assignments/${photo.id}/story`, 'editor')
    expect(joined.status).toBe(200)
    expect(joined.body).toMatchObject({ created: false, story: { id: story.id } })
    expect(await count('stories')).toBe(stories)
  })

  it('the assigned reporter starts drafting it; the story’s progress moves the plan', async () => {
    const item = await plan({ title: 'Tin lũ sớm', wantedChannels: ['radio'] })
    const assignment = await assign(item.id)
    const response = await post(`/api/assignments/${assignment.id}/story`, 'reporter', {
      headline: 'Lũ về sớm',
    })
    expect(response.status).toBe(201)
    const story = await load('stories', response.body.story.id)
    expect(story).toMatchObject({
      headline: 'Lũ về sớm',
      workflowState: 'drafting',
      createdBy: newsroom.users.reporter.id,
    })
    expect(story.channels).toEqual([pubs.radio])

    const filed = await patch(`/api/stories/${story.id}`, 'reporter', {
      workflowState: 'submitted',
      revision: story.revision,
    })
    expect(filed.status).toBe(200)
    expect((await load('assignments', assignment.id)).status).toBe('done')
    expect((await load('plan-items', item.id)).status).toBe('filed')

    // Deleting the story unlinks it; the plan is worked on again.
    expectError(
      await newsroom
        .http()
        .delete(`/api/plan-items/${item.id}`)
        .set(auth(token('admin'))),
      409,
    )
    expectError(
      await newsroom
        .http()
        .delete(`/api/assignments/${assignment.id}`)
        .set(auth(token('admin'))),
      409,
    )
    expect(
      (
        await newsroom
          .http()
          .delete(`/api/stories/${story.id}`)
          .set(auth(token('admin')))
      ).status,
    ).toBe(200)
    expect(await load('plan-items', item.id)).toMatchObject({ story: null, status: 'inProgress' })
    expect((await load('assignments', assignment.id)).story).toBeNull()
  })

  it('killing the story cancels the work still owed and drops the plan', async () => {
    const item = await plan({ title: 'Tin bị gỡ' })
    const writer = await assign(item.id)
    const photo = await assign(item.id, { kind: 'photo', assignee: newsroom.users.editor.id })
    const done = await assign(item.id, { kind: 'graphic', assignee: newsroom.users.editor.id })
    await patch(`/api/assignments/${done.id}`, 'editor', { status: 'done' })
    const made = await post(`/api/assignments/${writer.id}/story`, 'editor')
    expect(made.status).toBe(201)
    const story = await load('stories', made.body.story.id)
    const killed = await patch(`/api/stories/${story.id}`, 'admin', {
      workflowState: 'killed',
      revision: story.revision,
    })
    expect(killed.status).toBe(200)
    expect((await load('assignments', writer.id)).status).toBe('cancelled')
    expect((await load('assignments', photo.id)).status).toBe('cancelled')
    expect((await load('assignments', done.id)).status).toBe('done')
    expect((await load('plan-items', item.id)).status).toBe('dropped')
  })

  it('refuses who may not, what cannot be, and bad input, storing nothing', async () => {
    const item = await plan({ title: 'Không được tạo' })
    const others = await assign(item.id, { assignee: newsroom.users.editor.id })
    const cancelled = await assign(item.id, { status: 'cancelled' })
    const stories = await count('stories')
    expectError(await post(`/api/assignments/${others.id}/story`, 'reporter'), 403, 'giao cho mình')
    expectError(await post(`/api/assignments/${others.id}/story`, 'apiClient'), 403)
    expectError(await newsroom.http().post(`/api/assignments/${others.id}/story`), 401)
    expectError(await post(`/api/assignments/${cancelled.id}/story`, 'editor'), 409, 'hủy')
    expectError(await post('/api/assignments/999999/story', 'editor'), 404)
    expectError(await post('/api/assignments/999999999999/story', 'editor'), 404)
    expectError(await post('/api/assignments/abc/story', 'editor'), 400)
    expectError(await post(`/api/assignments/${others.id}/story`, 'editor', { headline: 5 }), 400)
    expectError(await post(`/api/assignments/${others.id}/story`, 'editor', { desk: 1 }), 400)
    const malformed = await newsroom
      .http()
      .post(`/api/assignments/${others.id}/story`)
      .set(auth(token('editor')))
      .set('Content-Type', 'application/json')
      .send('{"headline": ')
    expectError(malformed, 400, 'JSON')
    expect(await count('stories')).toBe(stories)
    expect((await load('assignments', others.id)).story).toBeNull()
  })

  it('a failure while linking leaves no story and no half link', async () => {
    const item = await plan({ title: 'Hỏng giữa chừng' })
    const assignment = await assign(item.id, { brief: FAIL_BRIEF })
    const stories = await count('stories')
    expectError(await post(`/api/assignments/${assignment.id}/story`, 'editor'), 500)
    expect(await count('stories')).toBe(stories)
    expect(await load('assignments', assignment.id)).toMatchObject({ story: null, status: 'open' })
    expect(await load('plan-items', item.id)).toMatchObject({ story: null, status: 'assigned' })
  })

  it('deleting a plan without a story takes its assignments with it', async () => {
    const item = await plan({ title: 'Xoá được' })
    const assignment = await assign(item.id)
    const response = await newsroom
      .http()
      .delete(`/api/plan-items/${item.id}`)
      .set(auth(token('deskChief')))
    expect(response.status).toBe(200)
    expect(
      (await newsroom.payload.find({ collection: 'assignments', where: { id: { equals: assignment.id } } }))
        .totalDocs,
    ).toBe(0)
  })
})
