import { ROLES } from './roles'
import {
  checkTransition,
  initialStatesFor,
  nextStatesFor,
  TRANSITIONS,
  WORKFLOW_STATES,
  type WorkflowState,
} from './workflow'

describe('workflow table', () => {
  it('never lets a reporter approve, schedule, publish, correct or kill', () => {
    for (const from of WORKFLOW_STATES) {
      for (const to of ['approved', 'scheduled', 'published', 'corrected', 'killed'] as const) {
        if (from === to) continue
        expect(checkTransition('reporter', from, to).ok).toBe(false)
      }
    }
  })

  it('never lets an API client move a story', () => {
    for (const from of WORKFLOW_STATES) {
      expect(nextStatesFor('apiClient', from)).toEqual([])
    }
  })

  it('refuses transitions that are not in the table as illegal, for every role', () => {
    const result = checkTransition('admin', 'idea', 'published')
    expect(result).toMatchObject({ ok: false, reason: 'illegal' })
    expect(checkTransition('admin', 'killed', 'published')).toMatchObject({ reason: 'illegal' })
  })

  it('refuses listed transitions to roles not allowed as forbidden', () => {
    expect(checkTransition('editor', 'approved', 'published')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    })
    expect(checkTransition(undefined, 'drafting', 'submitted')).toMatchObject({ reason: 'forbidden' })
  })

  it('walks the happy path with the expected roles', () => {
    const path: Array<[WorkflowState, WorkflowState, (typeof ROLES)[number]]> = [
      ['idea', 'assigned', 'deskChief'],
      ['assigned', 'drafting', 'reporter'],
      ['drafting', 'submitted', 'reporter'],
      ['submitted', 'edited', 'editor'],
      ['edited', 'approved', 'editor'],
      ['approved', 'scheduled', 'deskChief'],
      ['scheduled', 'published', 'deskChief'],
      ['published', 'corrected', 'editor'],
      ['corrected', 'corrected', 'editor'],
      ['corrected', 'killed', 'manager'],
    ]
    for (const [from, to, role] of path) expect(checkTransition(role, from, to)).toEqual({ ok: true })
  })

  it('treats staying in a state as no transition, except a further correction', () => {
    expect(checkTransition('reporter', 'drafting', 'drafting')).toEqual({ ok: true })
    expect(checkTransition('reporter', 'corrected', 'corrected').ok).toBe(false)
  })

  it('has a killed state with no way out', () => {
    expect(TRANSITIONS.killed).toEqual({})
  })

  it('limits the states a story can be created in', () => {
    expect(initialStatesFor('reporter')).not.toContain('published')
    expect(initialStatesFor('admin')).not.toContain('published')
    expect(initialStatesFor(undefined)).toEqual([])
  })
})
