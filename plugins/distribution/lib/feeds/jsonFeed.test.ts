import { describe, expect, it } from '@jest/globals'

import { sampleChannel, sampleStory } from './fixtures'
import { renderJsonFeed } from './jsonFeed'

const story = sampleStory()

describe('renderJsonFeed', () => {
  it('renders JSON Feed 1.1 with the channel fields', () => {
    const feed = JSON.parse(renderJsonFeed(sampleChannel(), [story], { fullText: false }))
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Báo Hưng Yên – Kinh tế',
      home_page_url: 'https://baohungyen.vn/kinh-te',
      feed_url: 'https://baohungyen.vn/rss/kinh-te.rss',
      language: 'vi',
    })
  })

  it('gives excerpt partners the standfirst as content_text and full-text partners content_html', () => {
    const [excerpt] = JSON.parse(renderJsonFeed(sampleChannel(), [story], { fullText: false })).items
    expect(excerpt).toEqual({
      id: 'urn:newsroom:baohungyen.vn:story:6512',
      url: story.url,
      title: 'Khởi công đường Vành đai 4 đoạn qua huyện Văn Lâm',
      summary: story.standfirst,
      content_text: story.standfirst,
      image: 'https://baohungyen.vn/media/6512/vanh-dai-4.jpg',
      date_published: '2024-11-05T14:30:00+07:00',
      date_modified: '2024-11-05T16:15:00+07:00',
      authors: [{ name: 'Đỗ Thị Hằng' }, { name: 'Lê Quang Định' }],
      tags: ['Kinh tế', 'Giao thông', 'Đầu tư công'],
      language: 'vi',
      attachments: [
        {
          url: 'https://baohungyen.vn/media/6512/doc-bai.mp3',
          mime_type: 'audio/mpeg',
          title: 'Bản đọc: Khởi công đường Vành đai 4',
          size_in_bytes: 2345678,
          duration_in_seconds: 3725.4,
        },
      ],
    })
    const [full] = JSON.parse(renderJsonFeed(sampleChannel(), [story], { fullText: true })).items
    expect(full.content_html).toBe(story.bodyHtml)
    expect(full.content_text).toBeUndefined()
  })

  it('strips control characters, skips killed stories and keeps đ', () => {
    const dirty = sampleStory({ headline: 'Đê\u0007 điều\uDFFF' })
    const killed = sampleStory({ id: '9', state: 'killed' })
    const text = renderJsonFeed(sampleChannel(), [dirty, killed], { fullText: false })
    const feed = JSON.parse(text)
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0].title).toBe('Đê điều')
    expect(text).not.toMatch(/\\u0007|\\udfff/i)
  })
})
