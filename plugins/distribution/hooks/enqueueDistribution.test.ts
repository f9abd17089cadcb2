import { describe, expect, it } from '@jest/globals'

import { distributionAction } from './enqueueDistribution'

const note = (n: number) => Array.from({ length: n }, (_, i) => ({ note: `đính chính ${i}` }))

describe('what a story save means for its copies', () => {
  it('publishes when a story becomes public, by publish or by the scheduler', () => {
    expect(distributionAction({ workflowState: 'approved' }, { workflowState: 'published' })).toBe('publish')
    expect(distributionAction({ workflowState: 'scheduled' }, { workflowState: 'published' })).toBe('publish')
    expect(distributionAction(undefined, { workflowState: 'published' })).toBe('publish')
  })

  it('updates every copy on a correction, including a second one', () => {
    expect(
      distributionAction(
        { workflowState: 'published', corrections: [] },
        { workflowState: 'corrected', corrections: note(1) },
      ),
    ).toBe('update')
    expect(
      distributionAction(
        { workflowState: 'corrected', corrections: note(1) },
        { workflowState: 'corrected', corrections: note(2) },
      ),
    ).toBe('update')
  })

  it('removes on a kill of a public story only', () => {
    expect(distributionAction({ workflowState: 'corrected' }, { workflowState: 'killed' })).toBe('remove')
    expect(distributionAction({ workflowState: 'drafting' }, { workflowState: 'killed' })).toBeUndefined()
  })

  it('does nothing for drafts, or saves that change no state', () => {
    expect(distributionAction({ workflowState: 'drafting' }, { workflowState: 'submitted' })).toBeUndefined()
    expect(distributionAction({ workflowState: 'published' }, { workflowState: 'published' })).toBeUndefined()
    expect(
      distributionAction(
        { workflowState: 'corrected', corrections: note(1) },
        { workflowState: 'corrected', corrections: note(1) },
      ),
    ).toBeUndefined()
  })
})
