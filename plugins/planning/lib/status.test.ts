import { derivePlanStatus, manualBase } from './status'

const staffed = { status: 'open', assignee: 7 }
const unstaffed = { status: 'open', assignee: null }

describe('plan status', () => {
  it('keeps the status a person chose until something happens', () => {
    expect(derivePlanStatus('idea', null, [])).toBe('idea')
    expect(derivePlanStatus('planned', undefined, [unstaffed])).toBe('planned')
    expect(derivePlanStatus('planned', null, [{ status: 'cancelled', assignee: 7 }])).toBe('planned')
  })

  it('follows the assignments', () => {
    expect(derivePlanStatus('planned', null, [staffed])).toBe('assigned')
    expect(derivePlanStatus('idea', null, [unstaffed, { status: 'accepted', assignee: { id: 3 } }])).toBe(
      'assigned',
    )
    expect(derivePlanStatus('planned', null, [staffed, { status: 'inProgress', assignee: 2 }])).toBe(
      'inProgress',
    )
    expect(derivePlanStatus('planned', null, [{ status: 'done', assignee: 2 }])).toBe('inProgress')
  })

  it('follows the linked story', () => {
    expect(derivePlanStatus('planned', 'assigned', [])).toBe('assigned')
    expect(derivePlanStatus('planned', 'drafting', [staffed])).toBe('inProgress')
    for (const state of ['submitted', 'edited', 'approved', 'scheduled'] as const)
      expect(derivePlanStatus('planned', state, [staffed])).toBe('filed')
    expect(derivePlanStatus('planned', 'published', [])).toBe('published')
    expect(derivePlanStatus('planned', 'corrected', [])).toBe('published')
    expect(derivePlanStatus('planned', 'killed', [staffed])).toBe('dropped')
  })

  it('never overrides a drop', () => {
    expect(derivePlanStatus('dropped', 'published', [staffed])).toBe('dropped')
  })

  it('takes the manual base from the request, then from what was stored', () => {
    expect(manualBase('dropped', 'assigned')).toBe('dropped')
    expect(manualBase('assigned', 'idea')).toBe('idea')
    expect(manualBase(undefined, 'filed')).toBe('planned')
    expect(manualBase('planned', 'dropped')).toBe('planned')
    expect(manualBase(undefined, undefined)).toBe('planned')
  })
})
