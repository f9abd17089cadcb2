import { auth, createStoryIn, PASSWORD, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

const token = (role: keyof TestNewsroom['users']) => newsroom.users[role].token

describe('stories: reading', () => {
  it('shows the public only published and corrected stories', async () => {
    const draft = await createStoryIn(newsroom, 'drafting')
    const published = await createStoryIn(newsroom, 'published')
    const list = await newsroom.http().get('/api/stories?limit=100&depth=0')
    expect(list.status).toBe(200)
    const states = new Set(list.body.docs.map((d: { workflowState: string }) => d.workflowState))
    expect([...states].every((s) => s === 'published' || s === 'corrected')).toBe(true)
    expect(list.body.docs.map((d: { id: unknown }) => d.id)).toContain(published.id)
    const hidden = await newsroom.http().get(`/api/stories/${draft.id}`)
    expect([403, 404]).toContain(hidden.status)
  })

  it.each(['reporter', 'editor', 'deskChief', 'manager', 'admin', 'apiClient'] as const)(
    '%s reads drafts too',
    async (role) => {
      const draft = await createStoryIn(newsroom, 'drafting')
      const response = await newsroom
        .http()
        .get(`/api/stories/${draft.id}`)
        .set(auth(token(role)))
      expect(response.status).toBe(200)
    },
  )
})

describe('stories: writing', () => {
  it('refuses anonymous writes', async () => {
    const response = await newsroom.http().post('/api/stories').send({ headline: 'Khách vãng lai' })
    expect(response.status).toBe(403)
  })

  it('lets a reporter edit only their own story before submission', async () => {
    const own = await createStoryIn(newsroom, 'drafting', { assignee: newsroom.users.reporter.id })
    const othersStory = await createStoryIn(newsroom, 'drafting', { assignee: newsroom.users.editor.id })
    const submitted = await createStoryIn(newsroom, 'submitted', { assignee: newsroom.users.reporter.id })

    const ok = await newsroom
      .http()
      .patch(`/api/stories/${own.id}`)
      .set(auth(token('reporter')))
      .send({ standfirst: 'Sapo mới', revision: 1 })
    expect(ok.status).toBe(200)
    for (const story of [othersStory, submitted]) {
      const refused = await newsroom
        .http()
        .patch(`/api/stories/${story.id}`)
        .set(auth(token('reporter')))
        .send({ standfirst: 'Sửa trộm', revision: 1 })
      expect([403, 404]).toContain(refused.status)
      const stored = await newsroom.payload.findByID({ collection: 'stories', id: story.id })
      expect(stored.standfirst).not.toBe('Sửa trộm')
    }
  })

  it('scopes editors and desk chiefs to their desks; managers edit everything', async () => {
    const otherDesk = await createStoryIn(newsroom, 'edited', { desk: newsroom.desks.economy })
    for (const role of ['editor', 'deskChief'] as const) {
      const refused = await newsroom
        .http()
        .patch(`/api/stories/${otherDesk.id}`)
        .set(auth(token(role)))
        .send({ standfirst: role, revision: 1 })
      expect([403, 404]).toContain(refused.status)
    }
    const manager = await newsroom
      .http()
      .patch(`/api/stories/${otherDesk.id}`)
      .set(auth(token('manager')))
      .send({ standfirst: 'Lãnh đạo sửa', revision: 1 })
    expect(manager.status).toBe(200)
  })

  it('lets only managers and admins delete stories', async () => {
    for (const role of ['reporter', 'editor', 'deskChief', 'apiClient'] as const) {
      const story = await createStoryIn(newsroom, 'idea', { assignee: newsroom.users.reporter.id })
      const response = await newsroom
        .http()
        .delete(`/api/stories/${story.id}`)
        .set(auth(token(role)))
      expect({ role, status: response.status }).toEqual({ role, status: 403 })
    }
    for (const role of ['manager', 'admin'] as const) {
      const story = await createStoryIn(newsroom, 'idea')
      const response = await newsroom
        .http()
        .delete(`/api/stories/${story.id}`)
        .set(auth(token(role)))
      expect({ role, status: response.status }).toEqual({ role, status: 200 })
    }
  })

  it('lets an API client file drafts with its API key but never edit them afterwards', async () => {
    const client = newsroom.users.apiClient
    const updated = await newsroom.payload.update({
      collection: 'users',
      id: client.id,
      data: { enableAPIKey: true, apiKey: 'wire-feed-key-0123456789abcdef' } as never,
    })
    expect(updated.id).toBe(client.id)
    const header = { Authorization: 'users API-Key wire-feed-key-0123456789abcdef' }
    const created = await newsroom
      .http()
      .post('/api/stories')
      .set(header)
      .send({ headline: 'Tin từ TTXVN', workflowState: 'drafting' })
    expect(created.status).toBe(201)
    const edit = await newsroom
      .http()
      .patch(`/api/stories/${created.body.doc.id}`)
      .set(header)
      .send({ standfirst: 'x', revision: 1 })
    expect(edit.status).toBe(403)
  })
})

describe('users and roles', () => {
  it('lets nobody but an admin change a role', async () => {
    const reporter = newsroom.users.reporter
    const response = await newsroom
      .http()
      .patch(`/api/users/${reporter.id}`)
      .set(auth(reporter.token))
      .send({ role: 'admin', fullName: 'Phóng viên tự nâng quyền' })
    expect(response.status).toBe(200)
    const stored = await newsroom.payload.findByID({ collection: 'users', id: reporter.id })
    expect(stored.role).toBe('reporter')
    expect(stored.fullName).toBe('Phóng viên tự nâng quyền')
  })

  it('lets only admins create users', async () => {
    const data = { email: 'moi@test.local', password: PASSWORD, fullName: 'Người mới', role: 'editor' }
    const byManager = await newsroom
      .http()
      .post('/api/users')
      .set(auth(token('manager')))
      .send(data)
    expect(byManager.status).toBe(403)
    const byAdmin = await newsroom
      .http()
      .post('/api/users')
      .set(auth(token('admin')))
      .send(data)
    expect(byAdmin.status).toBe(201)
    expect(byAdmin.body.doc.role).toBe('editor')
  })

  it('hides other users from anonymous clients and API clients', async () => {
    expect((await newsroom.http().get('/api/users')).status).toBe(403)
    const asClient = await newsroom
      .http()
      .get('/api/users?limit=50')
      .set(auth(token('apiClient')))
    expect(asClient.body.docs.map((u: { id: unknown }) => u.id)).toEqual([newsroom.users.apiClient.id])
  })
})

describe('organisation and taxonomy', () => {
  it('lets managers and admins run desks; reporters only read them', async () => {
    const asReporter = await newsroom
      .http()
      .post('/api/desks')
      .set(auth(token('reporter')))
      .send({ name: 'Ban mới', code: 'BM' })
    expect(asReporter.status).toBe(403)
    const asManager = await newsroom
      .http()
      .post('/api/desks')
      .set(auth(token('manager')))
      .send({ name: 'Ban Điện tử', code: 'DT' })
    expect(asManager.status).toBe(201)
    expect((await newsroom.http().get('/api/desks')).status).toBe(200)
  })

  it('lets editors add topics but not reporters', async () => {
    const asReporter = await newsroom
      .http()
      .post('/api/topics')
      .set(auth(token('reporter')))
      .send({ name: 'Chuyển đổi số' })
    expect(asReporter.status).toBe(403)
    const asEditor = await newsroom
      .http()
      .post('/api/topics')
      .set(auth(token('editor')))
      .send({ name: 'Chuyển đổi số' })
    expect(asEditor.status).toBe(201)
    expect(asEditor.body.doc.slug).toBe('chuyen-doi-so')
  })
})
