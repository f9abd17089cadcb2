import { publishDueStories, startScheduler } from '../../collections/Stories/publishDueStories'
import { auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({ CONTENT_EXTRA_LOCALES: "hmn:Tiếng H'Mông" })
})
afterAll(async () => {
  await newsroom?.stop()
})

const editor = () => newsroom.users.editor
const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: texts.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

describe('concurrent edits', () => {
  it('refuses a save based on a stale revision and keeps the first editor’s change', async () => {
    const story = await createStoryIn(newsroom, 'edited')
    const read = await newsroom.http().get(`/api/stories/${story.id}`).set(auth(editor().token))
    const revision = read.body.revision

    const first = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(editor().token))
      .send({ standfirst: 'Bản của người thứ nhất', revision })
    expect(first.status).toBe(200)
    expect(first.body.doc.revision).toBe(revision + 1)

    const second = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(newsroom.users.deskChief.token))
      .send({ standfirst: 'Bản của người thứ hai', revision })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(/người khác/)
    expect(second.body.errors[0].data).toMatchObject({ currentRevision: revision + 1 })

    const stored = await newsroom.payload.findByID({ collection: 'stories', id: story.id })
    expect(stored.standfirst).toBe('Bản của người thứ nhất')
  })

  it('requires the revision on every update over HTTP', async () => {
    const story = await createStoryIn(newsroom, 'edited')
    const response = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(editor().token))
      .send({ standfirst: 'Không kèm phiên bản' })
    expect(response.status).toBe(428)
  })

  it('refuses to save a story another user holds the edit lock on', async () => {
    const story = await createStoryIn(newsroom, 'edited')
    await newsroom.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'stories', value: story.id },
        user: { relationTo: 'users', value: newsroom.users.deskChief.id },
      } as never,
    })
    const response = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(editor().token))
      .send({ standfirst: 'Chen ngang', revision: 1 })
    expect(response.status).toBe(423)
    const stored = await newsroom.payload.findByID({ collection: 'stories', id: story.id })
    expect(stored.standfirst).not.toBe('Chen ngang')
  })

  it('keeps versions with the earlier text for diffs', async () => {
    const story = await createStoryIn(newsroom, 'edited', { standfirst: 'Phiên bản đầu' })
    await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(editor().token))
      .send({ standfirst: 'Phiên bản hai', revision: 1 })
    const versions = await newsroom
      .http()
      .get(`/api/stories/versions?where[parent][equals]=${story.id}&sort=-updatedAt`)
      .set(auth(editor().token))
    expect(versions.status).toBe(200)
    expect(versions.body.docs.map((v: { version: { standfirst: string } }) => v.version.standfirst)).toEqual(
      expect.arrayContaining(['Phiên bản đầu', 'Phiên bản hai']),
    )
  })
})

describe('slugs', () => {
  it('builds ASCII slugs from Vietnamese headlines with đ → d and keeps them unique', async () => {
    const create = (headline: string) =>
      newsroom
        .http()
        .post('/api/stories')
        .set(auth(editor().token))
        .send({ headline, workflowState: 'drafting' })
    const first = await create('Đường về Điện Biên rộng mở')
    const second = await create('Đường về Điện Biên rộng mở')
    expect(first.body.doc.slug).toBe('duong-ve-dien-bien-rong-mo')
    expect(second.body.doc.slug).toBe('duong-ve-dien-bien-rong-mo-2')
  })

  it('keeps the slug when the headline changes, so published URLs do not move', async () => {
    const story = await createStoryIn(newsroom, 'edited', { headline: 'Tít ban đầu' })
    const response = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(editor().token))
      .send({ headline: 'Tít đã sửa', revision: 1 })
    expect(response.body.doc.slug).toBe(story.slug)
  })
})

describe('locales', () => {
  it('stores vi, en, zh and configured minority-language versions side by side', async () => {
    const story = await createStoryIn(newsroom, 'published', { headline: 'Lễ hội Hoa Ban' })
    let revision = story.revision
    for (const [locale, headline] of [
      ['en', 'Ban Flower Festival'],
      ['zh', '班花节'],
      ['hmn', 'Kev ua koob tsheej paj ntoos'],
    ]) {
      const response = await newsroom
        .http()
        .patch(`/api/stories/${story.id}?locale=${locale}`)
        .set(auth(editor().token))
        .send({ headline, revision })
      expect(response.status).toBe(200)
      revision = response.body.doc.revision
    }
    const read = async (locale: string) =>
      (await newsroom.http().get(`/api/stories/${story.id}?locale=${locale}`)).body.headline
    expect(await read('vi')).toBe('Lễ hội Hoa Ban')
    expect(await read('en')).toBe('Ban Flower Festival')
    expect(await read('zh')).toBe('班花节')
    expect(await read('hmn')).toBe('Kev ua koob tsheej paj ntoos')
  })
})

describe('channel variants', () => {
  it('measures print length from the body and radio read time from the script', async () => {
    const body = paragraphs('Tỉnh Hưng Yên có 104 xã, phường sau sắp xếp.', 'Đường mới về đích sớm.')
    const script = Array.from({ length: 110 }, () => 'tin').join(' ')
    const response = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(editor().token))
      .send({
        headline: 'Đo độ dài',
        workflowState: 'drafting',
        body,
        print: { plannedLength: 2500 },
        radio: { script },
      })
    expect(response.status).toBe(201)
    const expected = 'Tỉnh Hưng Yên có 104 xã, phường sau sắp xếp. Đường mới về đích sớm.'.length
    expect(response.body.doc.print.actualLength).toBe(expected)
    expect(response.body.doc.print.plannedLength).toBe(2500)
    expect(response.body.doc.radio.estimatedSeconds).toBe(30)

    const printText = await newsroom
      .http()
      .patch(`/api/stories/${response.body.doc.id}`)
      .set(auth(editor().token))
      .send({ print: { text: 'Bản in ngắn.' }, revision: 1 })
    expect(printText.body.doc.print.actualLength).toBe('Bản in ngắn.'.length)
    expect(printText.body.doc.print.plannedLength).toBe(2500)
  })

  it('refuses a social text over 300 characters', async () => {
    const response = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(editor().token))
      .send({ headline: 'Zalo dài', workflowState: 'drafting', social: { text: 'a'.repeat(301) } })
    expect(response.status).toBe(400)
  })
})

describe('scheduled publish', () => {
  it('publishes stories whose time has come, and only those', async () => {
    const due = await createStoryIn(newsroom, 'scheduled', {
      scheduledAt: new Date(Date.now() - 1000).toISOString(),
    })
    const later = await createStoryIn(newsroom, 'scheduled', {
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    const published = await publishDueStories(newsroom.payload)
    expect(published).toContain(due.id)
    expect(published).not.toContain(later.id)
    const stored = await newsroom.payload.findByID({ collection: 'stories', id: due.id })
    expect(stored.workflowState).toBe('published')
    expect(stored.publishedAt).toBe(due.scheduledAt)
    const audit = await newsroom.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: String(due.id) } }, { action: { equals: 'publish' } }] },
    })
    expect(audit.totalDocs).toBe(1)
  })

  it('fires on its own from the scheduler loop', async () => {
    const story = await createStoryIn(newsroom, 'scheduled', {
      scheduledAt: new Date(Date.now() + 500).toISOString(),
    })
    const stop = startScheduler(newsroom.payload, 1)
    try {
      const deadline = Date.now() + 5000
      let state = 'scheduled'
      while (state !== 'published' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200))
        state = (await newsroom.payload.findByID({ collection: 'stories', id: story.id })).workflowState
      }
      expect(state).toBe('published')
    } finally {
      stop()
    }
  })
})
