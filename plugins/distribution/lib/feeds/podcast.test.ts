import { describe, expect, it } from '@jest/globals'

import { samplePodcastChannel, sampleStory } from './fixtures'
import { renderPodcast } from './podcast'
import { durationHms } from './stories'
import { parseXml } from './testXml'

describe('renderPodcast', () => {
  it('renders the iTunes channel tags', () => {
    const rss = parseXml(renderPodcast(samplePodcastChannel(), [sampleStory()])).rss
    expect(rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd')
    const channel = rss.channel
    expect(channel['itunes:author']).toBe('Báo và Phát thanh, Truyền hình Hưng Yên')
    expect(channel['itunes:owner']).toEqual({
      'itunes:name': 'Ban Điện tử',
      'itunes:email': 'podcast@baohungyen.vn',
    })
    expect(channel['itunes:image']['@href']).toBe('https://baohungyen.vn/podcast/cover-3000.jpg')
    expect(channel['itunes:category']['@text']).toBe('News')
    expect(channel['itunes:explicit']).toBe('false')
    expect(channel['atom:link']['@rel']).toBe('self')
  })

  it('writes one episode per story with audio: enclosure, duration, summary, stable guid', () => {
    const withAudio = sampleStory()
    const withoutAudio = sampleStory({ id: '2', audio: undefined })
    const killed = sampleStory({ id: '3', state: 'killed' })
    const items = parseXml(renderPodcast(samplePodcastChannel(), [withAudio, withoutAudio, killed])).rss
      .channel.item
    expect(items).toHaveLength(1)
    const [item] = items
    expect(item.enclosure).toEqual({
      '@url': 'https://baohungyen.vn/media/6512/doc-bai.mp3',
      '@length': '2345678',
      '@type': 'audio/mpeg',
    })
    expect(item['itunes:duration']).toBe('01:02:05')
    expect(item['itunes:summary']).toBe(withAudio.standfirst)
    expect(item['itunes:author']).toBe('Đỗ Thị Hằng, Lê Quang Định')
    expect(item.guid['#text']).toBe('urn:newsroom:baohungyen.vn:story:6512')
    expect(item.pubDate).toBe('Tue, 05 Nov 2024 14:30:00 +0700')
  })
})

describe('durationHms', () => {
  it('formats seconds as HH:MM:SS and leaves unknown durations out', () => {
    expect(durationHms(0)).toBe('00:00:00')
    expect(durationHms(59.6)).toBe('00:01:00')
    expect(durationHms(36_000)).toBe('10:00:00')
    expect(durationHms(undefined)).toBeUndefined()
    expect(durationHms(Number.NaN)).toBeUndefined()
  })
})
