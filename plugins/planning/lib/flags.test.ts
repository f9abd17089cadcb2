import { isAssignmentOverdue, planFlags, type FlagInput } from './flags'

const TZ = 'Asia/Ho_Chi_Minh'
// 10 March 2026, 15:00 in Vietnam.
const now = new Date('2026-03-10T08:00:00.000Z')

const item = (over: Partial<FlagInput>): FlagInput => ({
  day: '2026-03-10',
  status: 'assigned',
  storyState: null,
  assignments: [{ status: 'accepted', assignee: 1, deadline: '2026-03-10T10:00:00.000Z' }],
  ...over,
})

describe('calendar flags', () => {
  it('an assignment is overdue only while still owed and past its deadline', () => {
    expect(isAssignmentOverdue({ status: 'open', deadline: '2026-03-10T07:59:59Z' }, now)).toBe(true)
    expect(isAssignmentOverdue({ status: 'inProgress', deadline: '2026-03-10T07:59:59Z' }, now)).toBe(true)
    expect(isAssignmentOverdue({ status: 'open', deadline: '2026-03-10T08:00:01Z' }, now)).toBe(false)
    expect(isAssignmentOverdue({ status: 'done', deadline: '2026-03-09T00:00:00Z' }, now)).toBe(false)
    expect(isAssignmentOverdue({ status: 'cancelled', deadline: '2026-03-09T00:00:00Z' }, now)).toBe(false)
    expect(isAssignmentOverdue({ status: 'open', deadline: null }, now)).toBe(false)
  })

  it('an item on time, staffed, is neither', () => {
    expect(planFlags(item({}), now, TZ)).toEqual({ unassigned: false, overdue: false, reasons: [] })
  })

  it('a past deadline makes the item overdue', () => {
    const flags = planFlags(
      item({ assignments: [{ status: 'open', assignee: 1, deadline: '2026-03-10T07:00:00.000Z' }] }),
      now,
      TZ,
    )
    expect(flags).toEqual({ unassigned: false, overdue: true, reasons: ['deadline'] })
  })

  it('no assignee, or only cancelled assignments, is unassigned', () => {
    expect(planFlags(item({ status: 'planned', assignments: [] }), now, TZ).unassigned).toBe(true)
    expect(
      planFlags(item({ assignments: [{ status: 'open', assignee: null, deadline: null }] }), now, TZ)
        .unassigned,
    ).toBe(true)
    expect(
      planFlags(item({ assignments: [{ status: 'cancelled', assignee: 4, deadline: null }] }), now, TZ)
        .unassigned,
    ).toBe(true)
  })

  it('a past day with nothing filed is overdue; a filed story settles it', () => {
    const yesterday = item({ day: '2026-03-09', assignments: [{ status: 'done', assignee: 1 }] })
    expect(planFlags(yesterday, now, TZ)).toEqual({
      unassigned: false,
      overdue: true,
      reasons: ['dayPassed'],
    })
    expect(planFlags({ ...yesterday, storyState: 'submitted' }, now, TZ).overdue).toBe(false)
    expect(planFlags({ ...yesterday, status: 'published' }, now, TZ).overdue).toBe(false)
    // The day ends at midnight in Vietnam, not in UTC.
    expect(planFlags(yesterday, new Date('2026-03-09T16:59:00.000Z'), TZ).overdue).toBe(false)
    expect(planFlags(yesterday, new Date('2026-03-09T17:00:00.000Z'), TZ).overdue).toBe(true)
  })

  it('a filed story still leaves an owed photo assignment overdue', () => {
    const flags = planFlags(
      item({
        status: 'filed',
        storyState: 'submitted',
        assignments: [{ status: 'open', assignee: 2, deadline: '2026-03-10T01:00:00.000Z' }],
      }),
      now,
      TZ,
    )
    expect(flags).toEqual({ unassigned: false, overdue: true, reasons: ['deadline'] })
  })

  it('dropped items and killed stories raise nothing', () => {
    const late = { day: '2026-03-01', assignments: [{ status: 'open', deadline: '2026-03-01T00:00:00Z' }] }
    expect(planFlags(item({ ...late, status: 'dropped' }), now, TZ)).toEqual({
      unassigned: false,
      overdue: false,
      reasons: [],
    })
    expect(planFlags(item({ ...late, storyState: 'killed' }), now, TZ).overdue).toBe(false)
  })
})
