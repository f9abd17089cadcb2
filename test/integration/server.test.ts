import { createApp } from '../../src/server/createApp'
import { auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import supertest from 'supertest'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

describe('/healthz', () => {
  it('reports the database and Redis as reachable', async () => {
    const response = await newsroom.http().get('/healthz')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { ok: true, kind: newsroom.db },
      redis: { ok: true },
    })
  })

  it('reports a dead Redis as degraded, quickly', async () => {
    const app = createApp({
      payload: newsroom.payload,
      config: newsroom.payload.config,
      settings: { ...newsroom.settings, redisURL: 'redis://127.0.0.1:1' },
    })
    try {
      const started = Date.now()
      const response = await supertest(app).get('/healthz')
      expect(Date.now() - started).toBeLessThan(3000)
      expect(response.status).toBe(200)
      expect(response.body).toMatchObject({
        status: 'degraded',
        database: { ok: true },
        redis: { ok: false },
      })
      expect(response.body.redis.error).toEqual(expect.any(String))
    } finally {
      app.close()
    }
  })
})

describe('GraphQL', () => {
  it('serves published stories to the public and drafts to staff', async () => {
    const draft = await createStoryIn(newsroom, 'drafting', { headline: 'Bản nháp GraphQL' })
    await createStoryIn(newsroom, 'published', { headline: 'Tin công khai GraphQL' })
    const query = { query: '{ Stories(limit: 100) { docs { id headline workflowState } } }' }
    const anon = await newsroom.http().post('/api/graphql').send(query)
    expect(anon.status).toBe(200)
    const anonHeadlines = anon.body.data.Stories.docs.map((d: { headline: string }) => d.headline)
    expect(anonHeadlines).toContain('Tin công khai GraphQL')
    expect(anonHeadlines).not.toContain('Bản nháp GraphQL')
    const staff = await newsroom
      .http()
      .post('/api/graphql')
      .set(auth(newsroom.users.reporter.token))
      .send(query)
    expect(staff.body.data.Stories.docs.map((d: { id: unknown }) => String(d.id))).toContain(String(draft.id))
  })

  it('refuses a reporter publishing through GraphQL too', async () => {
    const story = await createStoryIn(newsroom, 'approved', { assignee: newsroom.users.reporter.id })
    const mutation = {
      query: `mutation { updateStory(id: ${story.id}, data: { workflowState: published, revision: 1 }) { id workflowState } }`,
    }
    const response = await newsroom
      .http()
      .post('/api/graphql')
      .set(auth(newsroom.users.reporter.token))
      .send(mutation)
    expect(response.body.errors?.length).toBeGreaterThan(0)
    expect((await newsroom.payload.findByID({ collection: 'stories', id: story.id })).workflowState).toBe(
      'approved',
    )
  })
})

describe('routing', () => {
  it('answers unknown routes with a JSON 404 in API-only mode', async () => {
    const response = await newsroom.http().get('/khong-ton-tai')
    expect(response.status).toBe(404)
  })

  it('serves the REST API with Payload’s auth cookie and CSRF rules', async () => {
    const login = await newsroom
      .http()
      .post('/api/users/login')
      .send({ email: newsroom.users.editor.email, password: 'Kiem-Thu@2026!Ok' })
    const cookie = login.headers['set-cookie']
    expect(String(cookie)).toMatch(/payload-token=/)
    const me = await newsroom
      .http()
      .get('/api/users/me')
      .set('Cookie', cookie)
      .set('Origin', newsroom.settings.serverURL)
    expect(me.body.user.email).toBe(newsroom.users.editor.email)
    const foreign = await newsroom
      .http()
      .get('/api/users/me')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
    expect(foreign.body.user).toBeNull()
  })
})
