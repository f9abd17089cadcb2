import { assignmentTitle, channelIdsFor, planningNote, storyDraft, type PlanLike } from './storyDraft'

const plan: PlanLike = {
  title: 'Khánh thành cầu Đông Hà',
  date: '2026-03-10T12:00:00.000Z',
  slot: 'Trang 1',
  desk: 3,
  section: { id: 8, name: 'Thời sự' },
  publication: null,
  priority: 'high',
  wantedChannels: ['web', 'zalo', 'radio'],
  plannedLength: 2400,
  plannedSeconds: 90,
  notes: 'Phối hợp Sở GTVT',
}

const publications = [
  { id: 1, kind: 'print', active: true },
  { id: 2, kind: 'website', active: true },
  { id: 3, kind: 'social', active: true },
  { id: 4, kind: 'radio', active: false },
  { id: 5, kind: 'radio', active: true },
  { id: 6, kind: 'tv' },
]

describe('story from an assignment', () => {
  it('maps wanted channels to active publications of their kind, Zalo to social', () => {
    expect(channelIdsFor(plan, publications)).toEqual([2, 3, 5])
    expect(channelIdsFor({ ...plan, publication: 1, wantedChannels: ['print', 'tv'] }, publications)).toEqual(
      [1, 6],
    )
    expect(channelIdsFor({ ...plan, publication: { id: 2 }, wantedChannels: ['web'] }, publications)).toEqual(
      [2],
    )
    expect(channelIdsFor({ ...plan, wantedChannels: null }, publications)).toEqual([])
    expect(channelIdsFor({ ...plan, wantedChannels: ['fax'] }, publications)).toEqual([])
  })

  it('inherits the plan and the assignee', () => {
    const data = storyDraft({
      plan,
      assignment: {
        kind: 'write',
        assignee: { id: 11 },
        deadline: '2026-03-10T09:30:00.000Z',
        brief: 'Phỏng vấn',
      },
      channels: [2, 3, 5],
      workflowState: 'assigned',
    })
    expect(data).toEqual({
      headline: 'Khánh thành cầu Đông Hà',
      workflowState: 'assigned',
      desk: 3,
      section: 8,
      channels: [2, 3, 5],
      assignee: 11,
      bylines: [{ user: 11, contribution: 'writer' }],
      print: { plannedLength: 2400 },
      radio: { targetSeconds: 90 },
      planningNote: expect.stringContaining('Trang 1'),
    })
    expect(data.tv).toBeUndefined()
  })

  it('leaves out what the plan does not have', () => {
    const data = storyDraft({
      plan: { title: 'Tin ngắn', date: '2026-03-10T12:00:00.000Z', desk: 3 },
      assignment: { kind: 'graphic', assignee: 4 },
      channels: [],
      workflowState: 'drafting',
      headline: 'Tít làm việc',
    })
    expect(data).toEqual({
      headline: 'Tít làm việc',
      workflowState: 'drafting',
      desk: 3,
      channels: [],
      assignee: 4,
      planningNote: expect.any(String),
    })
  })

  it('writes a note with the day, slot, priority, task, deadline in Vietnam time and brief', () => {
    const note = planningNote(plan, {
      kind: 'photo',
      deadline: '2026-03-10T09:30:00.000Z',
      brief: 'Ảnh toàn cảnh',
    })
    const lines = note.split('\n')
    expect(lines[0]).toBe('Kế hoạch ngày 10/03/2026 · Trang 1 · ưu tiên cao')
    expect(lines[1]).toMatch(/^Nhiệm vụ: Chụp ảnh · hạn /)
    expect(lines[1]).toContain('16:30')
    expect(lines[2]).toBe('Ảnh toàn cảnh')
    expect(lines[3]).toBe('Ghi chú: Phối hợp Sở GTVT')
  })

  it('titles an assignment after its kind and plan', () => {
    expect(assignmentTitle('video', 'Lũ sông Hồng')).toBe('Quay phim: Lũ sông Hồng')
  })
})
