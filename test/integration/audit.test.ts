import { auth, createStoryIn, PASSWORD, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

type Entry = {
  action: string
  collectionSlug: string
  documentId: string
  user?: { id: unknown } | number | null
  userEmail?: string
  ip?: string
  userAgent?: string
  before?: Record<string, unknown>
  after?: Record<string, unknown>
}

async function entriesFor(where: Record<string, unknown>): Promise<Entry[]> {
  const result = await newsroom.payload.find({
    collection: 'audit-log',
    where: where as never,
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  return result.docs as unknown as Entry[]
}

describe('audit log', () => {
  it('records create, update, publish and delete with user, IP and before/after', async () => {
    const chief = newsroom.users.deskChief
    const created = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(chief.token))
      .set('User-Agent', 'KiemThu/1.0')
      .send({ headline: 'Tin được ghi nhật ký', workflowState: 'drafting' })
    const id = created.body.doc.id
    await newsroom
      .http()
      .patch(`/api/stories/${id}`)
      .set(auth(chief.token))
      .send({ standfirst: 'Sapo sửa', revision: 1 })
    await newsroom.payload.update({ collection: 'stories', id, data: { workflowState: 'approved' } as never })
    await newsroom
      .http()
      .patch(`/api/stories/${id}`)
      .set(auth(chief.token))
      .send({ workflowState: 'published', revision: 3 })
    await newsroom.http().delete(`/api/stories/${id}`).set(auth(newsroom.users.manager.token))

    const entries = await entriesFor({
      and: [{ collectionSlug: { equals: 'stories' } }, { documentId: { equals: String(id) } }],
    })
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update', 'publish', 'delete'])
    const [create, update, , publish, remove] = entries
    expect(create!.user).toBe(chief.id)
    expect(create!.ip).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/)
    expect(create!.userAgent).toBe('KiemThu/1.0')
    expect(update!.before).toMatchObject({ standfirst: null })
    expect(update!.after).toMatchObject({ standfirst: 'Sapo sửa' })
    expect(publish!.after).toMatchObject({ workflowState: 'published' })
    expect(remove!.user).toBe(newsroom.users.manager.id)
    expect(remove!.before).toMatchObject({ headline: 'Tin được ghi nhật ký' })
  })

  it('records logins, logouts and failed logins without storing secrets', async () => {
    const email = newsroom.users.editor.email
    const failed = await newsroom.http().post('/api/users/login').send({ email, password: 'sai-mat-khau' })
    expect(failed.status).toBe(401)
    const agent = newsroom.http()
    const login = await agent.post('/api/users/login').send({ email, password: PASSWORD })
    expect(login.status).toBe(200)
    const logout = await agent.post('/api/users/logout').set(auth(login.body.token))
    expect(logout.status).toBe(200)

    const entries = await entriesFor({ userEmail: { equals: email } })
    const actions = entries.map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['loginFailed', 'login', 'logout']))
    expect(actions.indexOf('loginFailed')).toBeLessThan(actions.lastIndexOf('login'))
    const all = JSON.stringify(await entriesFor({}))
    expect(all).not.toContain(PASSWORD)
    expect(all).not.toMatch(/"(hash|salt)"/)
  })

  it("records an e-paper subscriber's login without crediting it to the staff member of the same id", async () => {
    const staffIds = Object.values(newsroom.users).map((user) => Number(user.id))
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString()
    // One subscriber whose id some staff member shares, one whose id no staff member has.
    const subscribers = []
    for (let n = 0; n <= Math.max(...staffIds); n++) {
      subscribers.push(
        await newsroom.payload.create({
          collection: 'subscribers',
          data: { email: `doc-gia-${n}@test.local`, password: PASSWORD, validUntil, active: true } as never,
        }),
      )
    }
    const shared = subscribers.find((doc) => staffIds.includes(Number(doc.id)))!
    const beyond = subscribers.find((doc) => !staffIds.includes(Number(doc.id)))!
    for (const subscriber of [shared, beyond]) {
      const email = (subscriber as unknown as { email: string }).email
      const login = await newsroom.http().post('/api/subscribers/login').send({ email, password: PASSWORD })
      expect({ email, status: login.status }).toEqual({ email, status: 200 })
      const [entry] = await entriesFor({ userEmail: { equals: email }, action: { equals: 'login' } })
      expect(entry).toMatchObject({ collectionSlug: 'subscribers', documentId: String(subscriber.id) })
      expect(entry.user ?? null).toBeNull()
    }
  })

  it('records a failed login for an unknown account too', async () => {
    const response = await newsroom
      .http()
      .post('/api/users/login')
      .send({ email: 'khong-ton-tai@test.local', password: 'x' })
    expect(response.status).toBe(401)
    expect(
      await entriesFor({
        and: [{ action: { equals: 'loginFailed' } }, { userEmail: { equals: 'khong-ton-tai@test.local' } }],
      }),
    ).toHaveLength(1)
  })

  it('is readable by admins only and append-only for everyone', async () => {
    await createStoryIn(newsroom, 'idea')
    for (const role of ['reporter', 'editor', 'deskChief', 'manager', 'apiClient'] as const) {
      const response = await newsroom.http().get('/api/audit-log').set(auth(newsroom.users[role].token))
      expect({ role, status: response.status }).toEqual({ role, status: 403 })
    }
    const admin = newsroom.users.admin.token
    const list = await newsroom.http().get('/api/audit-log?limit=1').set(auth(admin))
    expect(list.status).toBe(200)
    const entryId = list.body.docs[0].id
    const before = await newsroom.payload.findByID({ collection: 'audit-log', id: entryId })

    const forged = await newsroom
      .http()
      .post('/api/audit-log')
      .set(auth(admin))
      .send({ action: 'login', summary: 'giả mạo' })
    const edited = await newsroom
      .http()
      .patch(`/api/audit-log/${entryId}`)
      .set(auth(admin))
      .send({ summary: 'sửa' })
    const removed = await newsroom.http().delete(`/api/audit-log/${entryId}`).set(auth(admin))
    expect([forged.status, edited.status, removed.status]).toEqual([403, 403, 403])
    expect(await newsroom.payload.findByID({ collection: 'audit-log', id: entryId })).toEqual(before)
  })

  it('does not keep an audit entry for a change that was refused', async () => {
    const story = await createStoryIn(newsroom, 'drafting')
    const count = (await entriesFor({ documentId: { equals: String(story.id) } })).length
    const refused = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(newsroom.users.editor.token))
      .send({ workflowState: 'published', revision: 1 })
    expect(refused.status).toBe(400)
    expect(await entriesFor({ documentId: { equals: String(story.id) } })).toHaveLength(count)
  })
})
