import { describe, expect, it } from '@jest/globals'

import { computeShare, type ShareStory } from './computeShare'

const thresholds = { assistedMinShare: 0.05, generatedMinShare: 0.5, taggingCountsAsAssisted: false }
const web = { id: 'web', kind: 'website' }
const radio = { id: 'radio', kind: 'radio' }

const story = (id: string, over: Partial<ShareStory>): ShareStory => ({
  id,
  publishedAt: '2026-11-05T08:00:00.000Z',
  desk: 'news',
  channels: [web],
  measures: [],
  tagged: false,
  ...over,
})

describe('computeShare', () => {
  const stories = [
    story('human', {}),
    story('assisted', { measures: [{ website: { chars: 1000, aiChars: 100 } }] }),
    story('generated', {
      desk: 'economy',
      channels: [web, radio],
      measures: [{ website: { chars: 1000, aiChars: 20 }, radio: { chars: 600, aiChars: 600 } }],
    }),
    story('october', {
      publishedAt: '2026-10-30T08:00:00.000Z',
      measures: [{ website: { chars: 10, aiChars: 9 } }],
    }),
  ]

  it('counts each story once in the total, by its master version', () => {
    const { total } = computeShare(stories, 'desk', thresholds)
    expect(total).toEqual({ stories: 4, human: 2, assisted: 1, generated: 1, aiShare: 0.5 })
  })

  it('groups by desk', () => {
    const { groups } = computeShare(stories, 'desk', thresholds)
    expect(groups.get('news')).toMatchObject({ stories: 3, human: 1, assisted: 1, generated: 1 })
    expect(groups.get('economy')).toMatchObject({ stories: 1, human: 1 })
  })

  it('classifies each channel by its own version', () => {
    const { groups } = computeShare(stories, 'channel', thresholds)
    expect(groups.get('radio')).toMatchObject({ stories: 1, generated: 1, aiShare: 1 })
    expect(groups.get('web')).toMatchObject({ stories: 4, human: 2, assisted: 1, generated: 1 })
  })

  it('groups by month of publication', () => {
    const { groups } = computeShare(stories, 'month', thresholds)
    expect([...groups.keys()].sort()).toEqual(['2026-10', '2026-11'])
  })

  it('counts a story by its most AI-made locale', () => {
    const translated = story('translated', {
      measures: [{ website: { chars: 1000, aiChars: 0 } }, { website: { chars: 900, aiChars: 850 } }],
    })
    expect(computeShare([translated], 'desk', thresholds).total).toMatchObject({ generated: 1 })
  })

  it('follows the thresholds in force rather than a stored verdict', () => {
    const strict = { ...thresholds, assistedMinShare: 0.2 }
    expect(computeShare(stories, 'desk', strict).total).toMatchObject({ human: 3, assisted: 0, generated: 1 })
  })
})
