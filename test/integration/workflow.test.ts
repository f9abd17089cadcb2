import { checkTransition, TRANSITIONS, WORKFLOW_STATES, type WorkflowState } from '../../src/lib/workflow'
import { ALL_TEST_ROLES, auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

/** Extra data a transition needs to be valid, so only the role decides the outcome. */
function dataFor(to: WorkflowState): Record<string, unknown> {
  if (to === 'scheduled') return { scheduledAt: new Date(Date.now() + 86_400_000).toISOString() }
  if (to === 'corrected') return { correctionNote: 'Sửa tên xã cho đúng.' }
  if (to === 'killed') return { killReason: 'Thông tin chưa được kiểm chứng.' }
  return {}
}

describe('every workflow transition, for every role, over REST', () => {
  const cases: Array<[WorkflowState, WorkflowState]> = []
  for (const from of WORKFLOW_STATES) {
    for (const to of WORKFLOW_STATES) if (from !== to || to === 'corrected') cases.push([from, to])
  }

  it.each(cases)('%s → %s', async (from, to) => {
    for (const role of ALL_TEST_ROLES) {
      const user = newsroom.users[role]
      // Reporters may only touch their own stories: make the reporter the owner.
      const story = await createStoryIn(newsroom, from, { assignee: newsroom.users.reporter.id })
      const response = await newsroom
        .http()
        .patch(`/api/stories/${story.id}`)
        .set(auth(user.token))
        .send({ workflowState: to, revision: story.revision, ...dataFor(to) })

      const stored = await newsroom.payload.findByID({ collection: 'stories', id: story.id })
      const expected = checkTransition(role, from, to)
      const listed = Boolean(TRANSITIONS[from][to])
      if (expected.ok) {
        expect({ role, status: response.status, body: response.body }).toMatchObject({ role, status: 200 })
        expect(stored.workflowState).toBe(to)
      } else {
        // Refused: 403 (role or access) or 400 (not in the table); never a change.
        expect({ role, status: response.status }).toEqual({
          role,
          status: listed ? 403 : expect.any(Number),
        })
        expect([400, 403]).toContain(response.status)
        expect(stored.workflowState).toBe(from)
        expect(stored.revision).toBe(story.revision)
      }
    }
  })
})

describe('workflow side effects', () => {
  const chief = () => newsroom.users.deskChief

  it('stamps publishedAt on publish and keeps every correction note', async () => {
    const story = await createStoryIn(newsroom, 'approved')
    const published = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'published', revision: 1 })
    expect(published.status).toBe(200)
    expect(published.body.doc.publishedAt).toBeTruthy()

    const first = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'corrected', correctionNote: 'Đính chính số liệu.', revision: 2 })
    expect(first.status).toBe(200)
    const second = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'corrected', correctionNote: 'Bổ sung nguồn tin.', revision: 3 })
    expect(second.status).toBe(200)
    expect(second.body.doc.corrections.map((c: { note: string }) => c.note)).toEqual([
      'Đính chính số liệu.',
      'Bổ sung nguồn tin.',
    ])
    expect(second.body.doc.publishedAt).toBe(published.body.doc.publishedAt)
    expect(second.body.doc.correctionNote).toBeFalsy()

    // Corrections are public and shown with the story.
    const anon = await newsroom.http().get(`/api/stories/${story.id}`)
    expect(anon.status).toBe(200)
    expect(anon.body.corrections).toHaveLength(2)
  })

  it('refuses a correction without a note and a kill of a public story without a reason', async () => {
    const story = await createStoryIn(newsroom, 'published')
    const noNote = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'corrected', revision: 1 })
    expect(noNote.status).toBe(400)
    const noReason = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'killed', revision: 1 })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toMatch(/lý do/)
  })

  it('ignores client attempts to write workflow-owned fields', async () => {
    const story = await createStoryIn(newsroom, 'published')
    const response = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({
        revision: 1,
        corrections: [{ note: 'giả mạo' }],
        publishedAt: '2001-01-01T00:00:00.000Z',
        createdBy: newsroom.users.admin.id,
      })
    expect(response.status).toBe(200)
    expect(response.body.doc.corrections).toEqual([])
    expect(response.body.doc.publishedAt).toBe(story.publishedAt)
  })

  it('lets reporters create only ideas and drafts', async () => {
    const reporter = newsroom.users.reporter
    const draft = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(reporter.token))
      .send({ headline: 'Bản nháp của phóng viên', workflowState: 'drafting' })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.createdBy.id).toBe(reporter.id)
    const published = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(reporter.token))
      .send({ headline: 'Tự xuất bản', workflowState: 'published' })
    expect(published.status).toBe(403)
    const count = await newsroom.payload.count({
      collection: 'stories',
      where: { headline: { equals: 'Tự xuất bản' } },
    })
    expect(count.totalDocs).toBe(0)
  })

  it('refuses to schedule without a future time', async () => {
    const story = await createStoryIn(newsroom, 'approved')
    const past = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'scheduled', scheduledAt: '2020-01-01T00:00:00.000Z', revision: 1 })
    expect(past.status).toBe(400)
    expect(past.body.errors[0].message).toMatch(/tương lai/)
  })

  it('rejects an unknown state with 400', async () => {
    const story = await createStoryIn(newsroom, 'drafting')
    const response = await newsroom
      .http()
      .patch(`/api/stories/${story.id}`)
      .set(auth(chief().token))
      .send({ workflowState: 'archived', revision: 1 })
    expect(response.status).toBe(400)
  })
})
