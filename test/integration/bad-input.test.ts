import { auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

const editor = () => newsroom.users.editor.token

async function expectUnchanged(
  id: number | string,
  action: () => Promise<{ status: number; body: { errors?: Array<{ message: string }> } }>,
  status: number,
) {
  const before = await newsroom.payload.findByID({ collection: 'stories', id, depth: 0 })
  const response = await action()
  expect(response.status).toBe(status)
  expect(response.body.errors?.[0]?.message).toEqual(expect.any(String))
  expect(await newsroom.payload.findByID({ collection: 'stories', id, depth: 0 })).toEqual(before)
  return response
}

describe('bad input gets a 4xx with a clear message and changes nothing', () => {
  it('malformed JSON', async () => {
    const story = await createStoryIn(newsroom, 'edited')
    await expectUnchanged(
      story.id,
      () =>
        newsroom
          .http()
          .patch(`/api/stories/${story.id}`)
          .set(auth(editor()))
          .set('Content-Type', 'application/json')
          .send('{"headline": "thiếu ngoặc"'),
      400,
    )
    const created = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(editor()))
      .set('Content-Type', 'application/json')
      .send('{headline:')
    expect(created.status).toBe(400)
  })

  it.each([
    ['a number as headline', { headline: 12345 }],
    ['an object as standfirst', { standfirst: { text: 'x' } }],
    ['a string where an id list belongs', { topics: 'kinh-te' }],
    ['an unknown desk id', { desk: 999999 }],
    ['an empty headline', { headline: '' }],
    ['a headline over 250 characters', { headline: 'a'.repeat(251) }],
    ['a negative planned print length', { print: { plannedLength: -5 } }],
    ['a non-date schedule', { scheduledAt: 'ngày mai' }],
  ])('wrong field value: %s', async (_label, data) => {
    const story = await createStoryIn(newsroom, 'edited')
    await expectUnchanged(
      story.id,
      () =>
        newsroom
          .http()
          .patch(`/api/stories/${story.id}`)
          .set(auth(editor()))
          .send({ ...data, revision: 1 }),
      400,
    )
  })

  it('a create with wrong types stores nothing', async () => {
    const count = (await newsroom.payload.count({ collection: 'stories' })).totalDocs
    const response = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(editor()))
      .send({ headline: ['mảng'], workflowState: 'drafting' })
    expect(response.status).toBe(400)
    expect((await newsroom.payload.count({ collection: 'stories' })).totalDocs).toBe(count)
  })

  it('unknown ids answer 404', async () => {
    const read = await newsroom.http().get('/api/stories/987654').set(auth(editor()))
    expect(read.status).toBe(404)
    const update = await newsroom
      .http()
      .patch('/api/stories/987654')
      .set(auth(editor()))
      .send({ standfirst: 'x', revision: 1 })
    expect(update.status).toBe(404)
    const remove = await newsroom.http().delete('/api/stories/987654').set(auth(newsroom.users.admin.token))
    expect(remove.status).toBe(404)
    const unknownCollection = await newsroom.http().get('/api/khong-co')
    expect(unknownCollection.status).toBe(404)
  })

  it('ids no row can have (text, beyond PostgreSQL integers) answer 404, not 500', async () => {
    const admin = auth(newsroom.users.admin.token)
    for (const id of ['abc', '99999999999', '-1']) {
      const update = await newsroom.http().patch(`/api/desks/${id}`).set(admin).send({ name: 'x' })
      expect([id, update.status]).toEqual([id, 404])
      const remove = await newsroom.http().delete(`/api/desks/${id}`).set(admin)
      expect([id, remove.status]).toEqual([id, 404])
    }
  })

  it('an illegal workflow transition', async () => {
    const story = await createStoryIn(newsroom, 'idea')
    const response = await expectUnchanged(
      story.id,
      () =>
        newsroom
          .http()
          .patch(`/api/stories/${story.id}`)
          .set(auth(newsroom.users.admin.token))
          .send({ workflowState: 'published', revision: 1 }),
      400,
    )
    expect(response.body.errors![0]!.message).toMatch(/Không thể chuyển tin/)
  })

  it('a bad where query', async () => {
    const response = await newsroom
      .http()
      .get('/api/stories?where[khongTonTai][equals]=1')
      .set(auth(editor()))
    expect(response.status).toBe(400)
  })
})
