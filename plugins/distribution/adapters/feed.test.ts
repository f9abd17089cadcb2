import { describe, expect, it } from '@jest/globals'

import { sampleAdapterContext, sampleStory, sampleTarget } from '../lib/feeds/fixtures'
import { feedAdapter } from './feed'
import { podcastAdapter } from './podcast'

const feedTarget = (settings: Record<string, unknown> = {}) =>
  sampleTarget({
    kind: 'feed',
    name: 'Báo Mới',
    settings: { feedURL: 'https://baohungyen.vn/rss/doi-tac/baomoi.rss', ...settings },
  })

describe('feedAdapter', () => {
  it('calls no one and records the story as in, then out of, the partner feed', async () => {
    const published = await feedAdapter.publish(sampleAdapterContext(feedTarget()))
    expect(published).toEqual({
      confirmed: true,
      remoteUrl: 'https://baohungyen.vn/rss/doi-tac/baomoi.rss',
      note: expect.stringContaining('nguồn tin RSS'),
    })
    const removed = await feedAdapter.remove(sampleAdapterContext(feedTarget(), { action: 'remove' }))
    expect(removed.note).toContain('Đã rút khỏi nguồn tin')
    expect(feedAdapter.canRemove).toBe(true)
  })

  it('needs a headline and URL, and a body for full-text partners', () => {
    expect(feedAdapter.validate(sampleStory({ bodyHtml: '' }), feedTarget())).toEqual([])
    const problems = feedAdapter.validate(
      sampleStory({ headline: '', url: '', bodyHtml: '' }),
      feedTarget({ fullText: true }),
    )
    expect(problems.map((problem) => problem.field)).toEqual(['headline', 'url', 'body'])
  })
})

describe('podcastAdapter', () => {
  it('accepts a story with an MP3 of known length', () => {
    expect(podcastAdapter.validate(sampleStory(), sampleTarget({ kind: 'podcast' }))).toEqual([])
  })

  it('explains what is missing for podcast apps', () => {
    const target = sampleTarget({ kind: 'podcast' })
    expect(podcastAdapter.validate(sampleStory({ audio: undefined }), target)[0].message).toContain(
      'chưa có tệp âm thanh',
    )
    const wav = { ...sampleStory().audio!, mimeType: 'audio/wav', bytes: 0 }
    const problems = podcastAdapter.validate(sampleStory({ audio: wav }), target)
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('audio/wav'),
      expect.stringContaining('dung lượng'),
    ])
  })
})
