import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { MOS_TIME_BASE } from '../../plugins/broadcast/lib/mos'
import { readRoCreate } from '../../plugins/broadcast/lib/readMos'
import { auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

type Id = number | string
type Answer = {
  status: number
  body: Record<string, unknown> & { errors?: ErrorEntry[] }
  text: string
  headers: Record<string, string>
}
type ErrorEntry = { message: string; data?: { errors?: Array<{ message: string }> } }
type Item = Record<string, unknown> & { itemID: string; id: string }

let newsroom: TestNewsroom
const channels: Record<'radio' | 'tv' | 'web', Id> = { radio: 0, tv: 0, web: 0 }
let radioStory: { id: Id; revision: number; headline: string }
let tvStory: { id: Id }

/** Every message of a refusal, Payload's field errors included. */
const messages = (response: Answer) =>
  (response.body.errors ?? [])
    .flatMap((entry) => [entry.message, ...(entry.data?.errors ?? []).map((inner) => inner.message)])
    .join(' | ')

const token = (role: keyof TestNewsroom['users']) => newsroom.users[role].token

const post = (path: string, role: keyof TestNewsroom['users'] | null, body: unknown) => {
  const request = newsroom.http().post(path)
  if (role) request.set(auth(token(role)))
  return request.send(body as object) as unknown as Promise<Answer>
}
const patch = (path: string, role: keyof TestNewsroom['users'], body: unknown) =>
  newsroom
    .http()
    .patch(path)
    .set(auth(token(role)))
    .send(body as object) as unknown as Promise<Answer>
const get = (path: string, role: keyof TestNewsroom['users'] | null) => {
  const request = newsroom.http().get(path)
  if (role) request.set(auth(token(role)))
  return request as unknown as Promise<Answer>
}

const storedRundown = (id: Id) => newsroom.payload.findByID({ collection: 'rundowns', id, depth: 0 })
const count = async (collection: 'rundowns' | 'programmes') =>
  (await newsroom.payload.count({ collection })).totalDocs

/** A radio script of exactly `syllables` syllables: read at 220 a minute. */
const script = (syllables: number, word = 'tin') => Array.from({ length: syllables }, () => word).join(' ')

async function createProgramme(data: Record<string, unknown>) {
  const response = await post('/api/programmes', 'deskChief', data)
  expect(response.status).toBe(201)
  return (response.body.doc as { id: Id }).id
}

async function createRundown(data: Record<string, unknown>) {
  const response = await post('/api/rundowns', 'editor', data)
  expect(response.status).toBe(201)
  return response.body.doc as { id: Id; version: number; items: Item[] }
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  for (const [key, kind, name] of [
    ['radio', 'radio', 'Phát thanh Hưng Yên'],
    ['tv', 'tv', 'Truyền hình Hưng Yên'],
    ['web', 'website', 'Báo Hưng Yên điện tử'],
  ] as const) {
    const doc = await newsroom.payload.create({
      collection: 'publications',
      data: { name, code: key.toUpperCase(), kind, agency } as never,
    })
    channels[key] = doc.id
  }
  // 110 syllables at the default 220 a minute: 30 s of radio script.
  const story = await createStoryIn(newsroom, 'approved', {
    headline: 'Hưng Yên khánh thành cầu La Tiến',
    radio: { script: `Sáng nay ${script(108)}`, targetSeconds: 45 },
    tv: { script: 'Lời bình cầu La Tiến', shotList: 'TOÀN CẢNH CẦU – FLYCAM', targetSeconds: 75 },
  })
  radioStory = {
    id: story.id,
    revision: Number(story.revision),
    headline: 'Hưng Yên khánh thành cầu La Tiến',
  }
  tvStory = (await createStoryIn(newsroom, 'approved', {
    headline: 'Mùa nhãn lồng Phố Hiến',
    tv: { targetSeconds: 75, shotList: 'CẬN CẢNH NHÃN LỒNG' },
  })) as { id: Id }
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('programmes', () => {
  const valid = () => ({
    name: 'Thời sự tối',
    channel: channels.radio,
    genre: 'news',
    origin: 'self',
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    startTime: '18:00',
    durationSeconds: 1800,
  })

  it.each([
    ['a start time past midnight', { startTime: '25:00' }, /HH:MM/],
    ['a start time with seconds', { startTime: '18:00:00' }, /HH:MM/],
    ['a newspaper website as channel', { channel: 0 }, /phát thanh hoặc truyền hình/],
    ['a zero duration', { durationSeconds: 0 }, /lớn hơn 0/],
    ['a fractional duration', { durationSeconds: 90.5 }, /số giây nguyên/],
    ['an unknown genre', { genre: 'thrillers' }, /./],
    ['an unknown weekday', { weekdays: ['mon', 'caturday'] }, /./],
  ])('refuses %s with 400 and stores nothing', async (_label, change, message) => {
    const before = await count('programmes')
    const data = { ...valid(), ...change }
    if ('channel' in change) data.channel = channels.web
    const response = await post('/api/programmes', 'deskChief', data)
    expect(response.status).toBe(400)
    expect(messages(response)).toMatch(message)
    expect(await count('programmes')).toBe(before)
  })

  it('lets desk chiefs plan programmes, not reporters or the public', async () => {
    expect((await post('/api/programmes', 'reporter', valid())).status).toBe(403)
    expect((await post('/api/programmes', null, valid())).status).toBe(403)
    expect(await createProgramme({ ...valid(), name: 'Bản tin sáng' })).toBeDefined()
    expect((await get('/api/programmes', 'apiClient')).status).toBe(200)
  })
})

describe('rundowns from a programme', () => {
  let programme: Id

  beforeAll(async () => {
    programme = await createProgramme({
      name: 'Thời sự 19h',
      channel: channels.tv,
      genre: 'news',
      weekdays: ['wed', 'sat'],
      startTime: '19:00',
      durationSeconds: 1800,
      templateItems: [
        { type: 'break', title: 'Hình hiệu', plannedSeconds: 20 },
        { type: 'ad', title: 'Quảng cáo', plannedSeconds: 60 },
      ],
    })
  })

  it("creates the day's rundown from the template, once", async () => {
    const response = await post(`/api/programmes/${programme}/rundowns`, 'editor', { date: '2026-09-02' })
    expect(response.status).toBe(201)
    const doc = response.body.doc as Record<string, unknown> & { items: Item[] }
    expect(doc).toMatchObject({
      title: 'Thời sự 19h — 02/09/2026',
      channel: channels.tv,
      programme,
      date: '2026-09-02',
      startTime: '19:00:00',
      plannedDurationSeconds: 1800,
      status: 'draft',
      rerun: false,
      version: 1,
    })
    expect(doc.roID).toMatch(/^toasoan\.mos\.ro\.20260902\.[0-9a-f]{8}$/)
    expect(doc.items.map((item) => [item.type, item.title, item.plannedSeconds, item.status])).toEqual([
      ['break', 'Hình hiệu', 20, 'draft'],
      ['ad', 'Quảng cáo', 60, 'draft'],
    ])
    expect(new Set(doc.items.map((item) => item.itemID)).size).toBe(2)
    expect(doc.items.every((item) => /^I[0-9a-f]{12}$/.test(item.itemID))).toBe(true)

    const again = await post(`/api/programmes/${programme}/rundowns`, 'editor', { date: '2026-09-02' })
    expect(again.status).toBe(409)
    expect(messages(again)).toContain('02/09/2026')
  })

  it('refuses a day the programme does not air unless forced, and an inactive programme', async () => {
    // 2026-09-03 is a Thursday.
    const refused = await post(`/api/programmes/${programme}/rundowns`, 'editor', { date: '2026-09-03' })
    expect(refused.status).toBe(409)
    expect(messages(refused)).toMatch(/Thứ Năm/)
    const forced = await post(`/api/programmes/${programme}/rundowns`, 'editor', {
      date: '2026-09-03',
      force: true,
      rerun: true,
    })
    expect(forced.status).toBe(201)
    expect(forced.body.doc).toMatchObject({ rerun: true })

    const resting = await createProgramme({
      name: 'Ca nhạc cuối tuần',
      channel: channels.radio,
      genre: 'music',
      startTime: '21:00',
      durationSeconds: 3600,
      active: false,
    })
    expect((await post(`/api/programmes/${resting}/rundowns`, 'editor', { date: '2026-09-05' })).status).toBe(
      409,
    )
  })

  it('keeps a programme that has rundowns; an unused one can go', async () => {
    const used = (await newsroom
      .http()
      .delete(`/api/programmes/${programme}`)
      .set(auth(token('manager')))) as unknown as Answer
    expect(used.status).toBe(409)
    expect(messages(used)).toMatch(/Đang phát sóng/)
    expect(await newsroom.payload.findByID({ collection: 'programmes', id: programme })).toBeDefined()
    const unused = await createProgramme({
      name: 'Chương trình thử',
      channel: channels.radio,
      startTime: '23:00',
      durationSeconds: 600,
    })
    const gone = (await newsroom
      .http()
      .delete(`/api/programmes/${unused}`)
      .set(auth(token('manager')))) as unknown as Answer
    expect(gone.status).toBe(200)
  })

  it('two requests for the same day at once: one rundown, the other request gets 409', async () => {
    const path = `/api/programmes/${programme}/rundowns`
    const answers = await Promise.all([
      post(path, 'editor', { date: '2026-09-16' }),
      post(path, 'deskChief', { date: '2026-09-16' }),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    const { totalDocs } = await newsroom.payload.count({
      collection: 'rundowns',
      where: { and: [{ programme: { equals: programme } }, { date: { equals: '2026-09-16' } }] },
    })
    expect(totalDocs).toBe(1)
  })

  it('checks who asks, for what and with which input', async () => {
    const before = await count('rundowns')
    const path = `/api/programmes/${programme}/rundowns`
    expect((await post(path, null, { date: '2026-09-05' })).status).toBe(401)
    expect((await post(path, 'reporter', { date: '2026-09-05' })).status).toBe(403)
    expect((await post('/api/programmes/999999/rundowns', 'editor', { date: '2026-09-05' })).status).toBe(404)
    expect((await post('/api/programmes/abc/rundowns', 'editor', { date: '2026-09-05' })).status).toBe(404)
    for (const body of [
      { date: '2026-02-30' },
      { date: 20260905 },
      {},
      { date: '2026-09-05', force: 'yes' },
    ]) {
      expect((await post(path, 'editor', body)).status).toBe(400)
    }
    const malformed = (await newsroom
      .http()
      .post(path)
      .set(auth(token('editor')))
      .set('Content-Type', 'application/json')
      .send('{"date": "2026-09-05"')) as unknown as Answer
    expect(malformed.status).toBe(400)
    expect(messages(malformed)).toMatch(/JSON/)
    expect(await count('rundowns')).toBe(before)
  })
})

describe('rundown items', () => {
  it("default to the story's headline and the read time of the channel's script", async () => {
    const radio = await createRundown({
      channel: channels.radio,
      date: '2026-09-06',
      startTime: '06:30',
      plannedDurationSeconds: 900,
      items: [{ type: 'story', story: radioStory.id }],
    })
    const stored = (await newsroom.payload.findByID({ collection: 'stories', id: radioStory.id })) as {
      radio: { estimatedSeconds: number }
    }
    expect(stored.radio.estimatedSeconds).toBe(30)
    expect(radio).toMatchObject({ title: 'Phát thanh Hưng Yên — 06/09/2026', startTime: '06:30:00' })
    expect(radio.items[0]).toMatchObject({
      title: radioStory.headline,
      plannedSeconds: 30,
      objID: `story.${radioStory.id}.${radioStory.revision}`,
    })

    // On TV, a story without a TV script takes its target length; a length typed in is kept.
    const tv = await createRundown({
      channel: channels.tv,
      date: '2026-09-06',
      startTime: '12:00:00',
      plannedDurationSeconds: 600,
      items: [
        { type: 'package', story: tvStory.id },
        { type: 'story', story: radioStory.id, title: 'Cầu La Tiến', plannedSeconds: 50 },
      ],
    })
    expect(tv.items.map((item) => [item.title, item.plannedSeconds])).toEqual([
      ['Mùa nhãn lồng Phố Hiến', 75],
      ['Cầu La Tiến', 50],
    ])
  })

  it('keep their itemIDs through edits; ids sent by clients are ignored', async () => {
    const rundown = await createRundown({
      channel: channels.radio,
      date: '2026-09-07',
      startTime: '05:00:00',
      plannedDurationSeconds: 300,
      items: [
        { type: 'break', title: 'Hình hiệu', plannedSeconds: 10, itemID: 'chosen-by-client' },
        { type: 'other', title: 'Dự báo thời tiết', plannedSeconds: 60 },
      ],
    })
    const ids = rundown.items.map((item) => item.itemID)
    expect(ids).not.toContain('chosen-by-client')
    const edited = await patch(`/api/rundowns/${rundown.id}`, 'editor', {
      version: rundown.version,
      items: [
        { ...rundown.items[0], title: 'Nhạc hiệu', itemID: 'hijack' },
        rundown.items[1],
        { type: 'live', title: 'Điểm cầu Văn Giang', plannedSeconds: 120 },
      ],
    })
    expect(edited.status).toBe(200)
    const items = (edited.body.doc as { items: Item[] }).items
    expect(items.slice(0, 2).map((item) => item.itemID)).toEqual(ids)
    expect(items[0]!.title).toBe('Nhạc hiệu')
    expect(items[2]!.itemID).toMatch(/^I[0-9a-f]{12}$/)
    expect(ids).not.toContain(items[2]!.itemID)
  })

  it.each([
    ['a negative planned length', { plannedSeconds: -5 }, /không được âm/],
    ['a negative actual length', { actualSeconds: -1 }, /không được âm/],
    ['a fractional length', { plannedSeconds: 12.5 }, /số giây nguyên/],
    ['a length in words', { plannedSeconds: 'ba mươi' }, /phải là một số/],
    ['an unknown story', { story: 999999 }, /không tồn tại/],
    ['an unknown status', { status: 'paused' }, /./],
  ])('refuse %s with 400 and change nothing', async (_label, change, message) => {
    const rundown = await createRundown({
      channel: channels.radio,
      date: '2026-10-10',
      startTime: '05:00:00',
      plannedDurationSeconds: 300,
      items: [{ type: 'other', title: 'Tin vắn', plannedSeconds: 60 }],
    })
    const before = await storedRundown(rundown.id)
    const response = await patch(`/api/rundowns/${rundown.id}`, 'editor', {
      version: rundown.version,
      items: [{ ...rundown.items[0], ...change }],
    })
    expect(response.status).toBe(400)
    expect(messages(response)).toMatch(message)
    expect(await storedRundown(rundown.id)).toEqual(before)
  })

  it('refuse a negative slot, a bad date or a newspaper channel', async () => {
    const before = await count('rundowns')
    const base = {
      channel: channels.radio,
      date: '2026-09-08',
      startTime: '05:00:00',
      plannedDurationSeconds: 300,
    }
    for (const change of [
      { plannedDurationSeconds: -60 },
      { date: '08/09/2026' },
      { startTime: '5h sáng' },
      { channel: channels.web },
    ]) {
      const response = await post('/api/rundowns', 'editor', { ...base, ...change })
      expect(response.status).toBe(400)
    }
    expect((await post('/api/rundowns', 'reporter', base)).status).toBe(403)
    expect(await count('rundowns')).toBe(before)
  })
})

describe('timing and reorder', () => {
  let rundown: { id: Id; version: number; items: Item[] }
  let A: string, B: string, C: string, D: string

  beforeAll(async () => {
    rundown = await createRundown({
      channel: channels.radio,
      date: '2026-09-09',
      startTime: '07:00:00',
      plannedDurationSeconds: 300,
      items: [
        { type: 'story', story: radioStory.id, status: 'done', actualSeconds: 35 },
        { type: 'ad', title: 'Quảng cáo & tài trợ', plannedSeconds: 60 },
        { type: 'live', title: 'Cầu truyền hình (bỏ)', plannedSeconds: 90, status: 'dropped' },
        {
          type: 'interview',
          title: 'Phỏng vấn Giám đốc Sở',
          plannedSeconds: 120,
          notes: 'Khách mời tại trường quay',
        },
      ],
    })
    ;[A, B, C, D] = rundown.items.map((item) => item.itemID) as [string, string, string, string]
  })

  const timing = async () => {
    const response = await get(`/api/rundowns/${rundown.id}/timing`, 'reporter')
    expect(response.status).toBe(200)
    return response.body as {
      rundown: { version: number }
      items: Array<{ itemID: string; number: number | null; frontTime: string; backTime: string }>
      totals: Record<string, number | string>
    }
  }
  const rows = (view: Awaited<ReturnType<typeof timing>>) =>
    view.items.map((item) => [item.itemID, item.number, item.frontTime, item.backTime])

  it('front- and back-times the running order', async () => {
    const view = await timing()
    expect(rows(view)).toEqual([
      [A, 1, '07:00:00', '07:01:25'],
      [B, 2, '07:00:35', '07:02:00'],
      [C, null, null, null],
      [D, 3, '07:01:35', '07:03:00'],
    ])
    expect(view.totals).toMatchObject({
      plannedTotalSeconds: 210,
      actualSoFarSeconds: 35,
      expectedTotalSeconds: 215,
      overUnderSeconds: -85,
      endTime: '07:05:00',
      expectedEndTime: '07:03:35',
    })
  })

  it('reorders and the timing follows, to the second', async () => {
    const response = await post(`/api/rundowns/${rundown.id}/reorder`, 'editor', {
      itemIDs: [D, C, A, B],
      version: rundown.version,
    })
    expect(response.status).toBe(200)
    const expected = [
      [D, 1, '07:00:00', '07:01:25'],
      [C, null, null, null],
      [A, 2, '07:02:00', '07:03:25'],
      [B, 3, '07:02:35', '07:04:00'],
    ]
    expect(rows(response.body as never)).toEqual(expected)
    const view = await timing()
    expect(rows(view)).toEqual(expected)
    expect(view.rundown.version).toBe(rundown.version + 1)
    expect(view.totals.overUnderSeconds).toBe(-85)
    rundown.version = view.rundown.version
  })

  it.each([
    ['a missing id', () => [D, C, A], /thiếu "B_ID"/],
    ['an unknown id', () => [D, C, A, B, 'Ideadbeef0000'], /"Ideadbeef0000"/],
    ['a repeated id', () => [D, C, A, A], /lặp lại/],
    ['no list', () => 'all', /danh sách/],
  ])('refuses %s with 400 and leaves the order alone', async (_label, ids, message) => {
    const before = await storedRundown(rundown.id)
    const response = await post(`/api/rundowns/${rundown.id}/reorder`, 'editor', {
      itemIDs: ids(),
      version: rundown.version,
    })
    expect(response.status).toBe(400)
    expect(messages(response)).toMatch(new RegExp(message.source.replace('B_ID', B)))
    expect(await storedRundown(rundown.id)).toEqual(before)
  })

  it('refuses a stale version with 409, by reorder and by save', async () => {
    const before = await storedRundown(rundown.id)
    const stale = await post(`/api/rundowns/${rundown.id}/reorder`, 'deskChief', {
      itemIDs: [A, B, C, D],
      version: rundown.version - 1,
    })
    expect(stale.status).toBe(409)
    expect(messages(stale)).toMatch(/người khác/)
    const staleSave = await patch(`/api/rundowns/${rundown.id}`, 'editor', {
      version: rundown.version - 1,
      status: 'ready',
    })
    expect(staleSave.status).toBe(409)
    const wordySave = await patch(`/api/rundowns/${rundown.id}`, 'editor', { version: 'ba', status: 'ready' })
    expect(wordySave.status).toBe(400)
    expect(messages(wordySave)).toMatch(/"version" phải là số nguyên/)
    const staleByTime = await post(`/api/rundowns/${rundown.id}/reorder`, 'editor', {
      itemIDs: [A, B, C, D],
      updatedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(staleByTime.status).toBe(409)
    expect(await storedRundown(rundown.id)).toEqual(before)
  })

  it('exports a MOS roCreate with the rundown and item ids, dropped items left out', async () => {
    const response = await get(`/api/rundowns/${rundown.id}/mos`, 'apiClient')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/xml; charset=utf-8/)
    const stored = (await storedRundown(rundown.id)) as unknown as { roID: string; title: string }
    const mos = readRoCreate(response.text)
    expect(mos).toMatchObject({ mosID: 'toasoan.mos', ncsID: 'toasoan.ncs' })
    expect(Number(mos.messageID)).toBeGreaterThan(0)
    expect(mos.roCreate).toMatchObject({
      roID: stored.roID,
      roSlug: stored.title,
      roEdStart: '2026-09-09T07:00:00',
      roEdDur: '00:05:00',
    })
    const stories = mos.roCreate.story
    expect(stories.map((story) => story.storyID)).toEqual([D, A, B])
    expect(stories.map((story) => story.item[0]!.itemID)).toEqual([D, A, B])
    expect(stories[1]!.item[0]).toMatchObject({
      objID: `story.${radioStory.id}.${radioStory.revision}`,
      mosID: 'toasoan.mos',
      itemSlug: radioStory.headline,
      itemEdDur: String(30 * MOS_TIME_BASE),
    })
    expect(stories[2]!.storySlug).toBe('Quảng cáo & tài trợ')
    expect(stories[0]!.item[0]!.objID).toBe(`interview.${D}`)
  })

  it('exports the prompter text in running order with the radio script', async () => {
    const response = await get(`/api/rundowns/${rundown.id}/prompter?format=txt`, 'reporter')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8')
    const text = response.text
    const positions = [
      '[1] · 07:00:00 · 2:00 · PHỎNG VẤN',
      '[2] · 07:02:00 · 0:30 · TIN BÀI',
      '[3] · 07:02:35 · 1:00',
    ].map((line) => text.indexOf(line))
    expect(positions.every((at) => at > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).toContain('PHỎNG VẤN GIÁM ĐỐC SỞ\n(Ghi chú: Khách mời tại trường quay)')
    expect(text).toContain(`HƯNG YÊN KHÁNH THÀNH CẦU LA TIẾN\n\nSáng nay ${script(108)}`)
    expect(text).not.toContain('Cầu truyền hình')
    expect(text).not.toContain('[4]')
  })

  it('exports big-font prompter HTML, Vietnamese intact, and refuses other formats', async () => {
    const response = await get(`/api/rundowns/${rundown.id}/prompter?format=html`, 'editor')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.text).toContain('<h2>Quảng cáo &amp; tài trợ</h2>')
    expect(response.text).toContain('font-size: 64px')
    expect(response.text).not.toContain('Cầu truyền hình')
    expect((await get(`/api/rundowns/${rundown.id}/prompter?format=pdf`, 'editor')).status).toBe(400)
  })

  it('refuses reordering a rundown that has aired', async () => {
    const aired = await createRundown({
      channel: channels.radio,
      date: '2026-09-10',
      startTime: '07:00:00',
      plannedDurationSeconds: 120,
      status: 'done',
      items: [
        { type: 'other', title: 'Một', plannedSeconds: 60 },
        { type: 'other', title: 'Hai', plannedSeconds: 60 },
      ],
    })
    const [first, second] = aired.items.map((item) => item.itemID)
    const response = await post(`/api/rundowns/${aired.id}/reorder`, 'editor', {
      itemIDs: [second, first],
      version: aired.version,
    })
    expect(response.status).toBe(409)
  })
})

describe('the TV prompter', () => {
  it('reads the TV script and leaves the shot list out', async () => {
    const rundown = await createRundown({
      channel: channels.tv,
      date: '2026-09-11',
      startTime: '19:00:00',
      plannedDurationSeconds: 600,
      items: [{ type: 'story', story: radioStory.id }],
    })
    const response = await get(`/api/rundowns/${rundown.id}/prompter`, 'editor')
    expect(response.status).toBe(200)
    expect(response.text).toContain('Lời bình cầu La Tiến')
    expect(response.text).not.toContain('FLYCAM')
    expect(response.text).not.toContain('Sáng nay')
  })
})

describe('a story killed after it was put in the rundown', () => {
  it('reaches the prompter as a warning, never as words to read', async () => {
    const killed = (await createStoryIn(newsroom, 'killed', {
      headline: 'Tin sai sự thật về lũ',
      radio: { script: 'Nước lũ đã tràn qua đê sông Luộc' },
    })) as { id: Id }
    const rundown = await createRundown({
      channel: channels.radio,
      date: '2026-09-13',
      startTime: '11:00:00',
      plannedDurationSeconds: 300,
      items: [
        { type: 'story', story: killed.id },
        { type: 'story', story: radioStory.id },
      ],
    })
    for (const format of ['txt', 'html']) {
      const response = await get(`/api/rundowns/${rundown.id}/prompter?format=${format}`, 'editor')
      expect(response.status).toBe(200)
      expect(response.text).toContain('TIN ĐÃ BỊ GỠ — KHÔNG ĐỌC')
      expect(response.text).not.toContain('sông Luộc')
      expect(response.text).toContain(`Sáng nay ${script(108)}`)
    }
  })
})

describe('MOS messages', () => {
  it('never repeat a messageID, even two exports in the same second', async () => {
    const rundown = await createRundown({
      channel: channels.tv,
      date: '2026-09-14',
      startTime: '12:00:00',
      plannedDurationSeconds: 60,
      items: [{ type: 'other', title: 'Một', plannedSeconds: 60 }],
    })
    const ids: number[] = []
    for (let i = 0; i < 3; i++) {
      const response = await get(`/api/rundowns/${rundown.id}/mos`, 'apiClient')
      ids.push(Number(readRoCreate(response.text).messageID))
    }
    expect(ids[1]).toBeGreaterThan(ids[0]!)
    expect(ids[2]).toBeGreaterThan(ids[1]!)
  })
})

describe('endpoint guards', () => {
  let id: Id
  let itemIDs: string[]
  let version: number

  beforeAll(async () => {
    const rundown = await createRundown({
      channel: channels.radio,
      date: '2026-09-12',
      startTime: '08:00:00',
      plannedDurationSeconds: 120,
      items: [
        { type: 'other', title: 'Một', plannedSeconds: 60 },
        { type: 'other', title: 'Hai', plannedSeconds: 60 },
      ],
    })
    id = rundown.id
    itemIDs = rundown.items.map((item) => item.itemID)
    version = rundown.version
  })

  it.each(['timing', 'mos', 'prompter'])('GET %s: 401 without login, 404 for unknown ids', async (what) => {
    expect((await get(`/api/rundowns/${id}/${what}`, null)).status).toBe(401)
    expect((await get(`/api/rundowns/999999/${what}`, 'editor')).status).toBe(404)
    expect((await get(`/api/rundowns/x1/${what}`, 'editor')).status).toBe(404)
  })

  it('reorder: 401, 403, 404, malformed JSON and a missing version are refused', async () => {
    const body = { itemIDs: [...itemIDs].reverse(), version }
    const path = `/api/rundowns/${id}/reorder`
    const before = await storedRundown(id)
    expect((await post(path, null, body)).status).toBe(401)
    expect((await post(path, 'reporter', body)).status).toBe(403)
    expect((await post(path, 'apiClient', body)).status).toBe(403)
    expect((await post('/api/rundowns/999999/reorder', 'editor', body)).status).toBe(404)
    const malformed = (await newsroom
      .http()
      .post(path)
      .set(auth(token('editor')))
      .set('Content-Type', 'application/json')
      .send('{"itemIDs": [')) as unknown as Answer
    expect(malformed.status).toBe(400)
    const missing = await post(path, 'editor', { itemIDs: body.itemIDs })
    expect(missing.status).toBe(400)
    expect(messages(missing)).toMatch(/version/)
    expect((await post(path, 'editor', { ...body, version: '3' })).status).toBe(400)
    expect((await post(path, 'editor', { ...body, extra: 1 })).status).toBe(400)
    expect(await storedRundown(id)).toEqual(before)
  })

  it('refuses an oversized body with 413 and more items than a rundown holds with 400', async () => {
    const path = `/api/rundowns/${id}/reorder`
    const before = await storedRundown(id)
    const huge = await post(path, 'editor', {
      itemIDs: Array.from({ length: 10_000 }, (_, i) => `I${String(i).padStart(12, '0')}`),
      version,
    })
    expect(huge.status).toBe(413)
    expect(messages(huge)).toMatch(/64 KB/)
    const bigCreate = await post(`/api/programmes/999999/rundowns`, 'editor', {
      date: '2026-09-20',
      padding: 'x'.repeat(100_000),
    })
    expect(bigCreate.status).toBe(413)
    const many = await patch(`/api/rundowns/${id}`, 'editor', {
      version,
      items: Array.from({ length: 501 }, (_, i) => ({ type: 'other', title: `Mục ${i}`, plannedSeconds: 1 })),
    })
    expect(many.status).toBe(400)
    expect(await storedRundown(id)).toEqual(before)
  })

  it('two reorders from the same version: one wins, the other gets 409', async () => {
    const path = `/api/rundowns/${id}/reorder`
    const answers = await Promise.all([
      post(path, 'editor', { itemIDs: [...itemIDs].reverse(), version }),
      post(path, 'deskChief', { itemIDs: [...itemIDs].reverse(), version }),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    const stored = (await storedRundown(id)) as unknown as { version: number; items: Item[] }
    expect(stored.version).toBe(version + 1)
    expect(stored.items.map((item) => item.itemID)).toEqual([...itemIDs].reverse())
  })
})
