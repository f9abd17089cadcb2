import { describe, expect, it } from '@jest/globals'

import { sampleChannel, sampleStory } from './fixtures'
import { renderRss } from './rss'
import { parseXml } from './testXml'

const story = sampleStory()

function items(xml: string) {
  return parseXml(xml).rss.channel.item ?? []
}

describe('renderRss', () => {
  it('renders a valid RSS 2.0 channel with a self link', () => {
    const xml = renderRss(sampleChannel(), [story], { fullText: false })
    const rss = parseXml(xml).rss
    expect(rss['@version']).toBe('2.0')
    expect(rss.channel.title).toBe('Báo Hưng Yên – Kinh tế')
    expect(rss.channel.language).toBe('vi')
    expect(rss.channel.lastBuildDate).toBe('Tue, 05 Nov 2024 16:15:00 +0700')
    expect(rss.channel['atom:link']).toMatchObject({
      '@href': 'https://baohungyen.vn/rss/kinh-te.rss',
      '@rel': 'self',
      '@type': 'application/rss+xml',
    })
    expect(rss.channel.image.url).toBe('https://baohungyen.vn/logo.png')
  })

  it('keeps Vietnamese text intact and writes the item fields', () => {
    const [item] = items(renderRss(sampleChannel(), [story], { fullText: false }))
    expect(item.title).toBe('Khởi công đường Vành đai 4 đoạn qua huyện Văn Lâm')
    expect(item.link).toBe(story.url)
    expect(item.description).toBe(story.standfirst)
    expect(item.pubDate).toBe('Tue, 05 Nov 2024 14:30:00 +0700')
    expect(item['dc:creator']).toEqual(['Đỗ Thị Hằng', 'Lê Quang Định'])
    expect(item.category).toEqual(['Kinh tế', 'Giao thông', 'Đầu tư công'])
    expect(item.enclosure).toEqual({
      '@url': 'https://baohungyen.vn/media/6512/vanh-dai-4.jpg',
      '@length': '284512',
      '@type': 'image/jpeg',
    })
  })

  it('gives a guid that stays the same across corrections and slug changes', () => {
    const [first] = items(renderRss(sampleChannel(), [story], { fullText: false }))
    const corrected = sampleStory({
      revision: 4,
      state: 'corrected',
      slug: 'moi',
      url: 'https://baohungyen.vn/moi-6512.html',
    })
    const [second] = items(renderRss(sampleChannel(), [corrected], { fullText: false }))
    expect(first.guid).toEqual({ '#text': 'urn:newsroom:baohungyen.vn:story:6512', '@isPermaLink': 'false' })
    expect(second.guid).toEqual(first.guid)
  })

  it('adds content:encoded only for full-text partners', () => {
    expect(
      items(renderRss(sampleChannel(), [story], { fullText: false }))[0]['content:encoded'],
    ).toBeUndefined()
    const [item] = items(renderRss(sampleChannel(), [story], { fullText: true }))
    expect(item['content:encoded']).toBe(story.bodyHtml)
  })

  it('survives "]]>" in the body and strips illegal control characters everywhere', () => {
    const dirty = sampleStory({
      headline: 'Tiêu\u0000 đề\u000B lỗi\uD800',
      bodyHtml: '<p>Mảng a[b[0]]> 1 và \u001Fđiều khoản</p>',
    })
    const xml = renderRss(sampleChannel(), [dirty], { fullText: true })
    for (const illegal of ['\u0000', '\u000B', '\u001F', '\uD800']) expect(xml).not.toContain(illegal)
    const [item] = items(xml)
    expect(item.title).toBe('Tiêu đề lỗi')
    expect(item['content:encoded']).toBe('<p>Mảng a[b[0]]> 1 và điều khoản</p>')
  })

  it('never lists a killed story', () => {
    const killed = sampleStory({ id: '7000', state: 'killed', headline: 'Tin đã gỡ' })
    const xml = renderRss(sampleChannel(), [killed, story], { fullText: true })
    expect(xml).not.toContain('Tin đã gỡ')
    expect(items(xml)).toHaveLength(1)
  })

  it('renders an empty channel and a story without image, bylines or topics', () => {
    expect(items(renderRss(sampleChannel(), [], { fullText: false }))).toEqual([])
    const bare = sampleStory({ featuredImage: undefined, bylines: [], topics: [], section: undefined })
    const [item] = items(renderRss(sampleChannel({ imageURL: undefined }), [bare], { fullText: false }))
    expect(item.enclosure).toBeUndefined()
    expect(item['dc:creator']).toBeUndefined()
    expect(item.category).toBeUndefined()
  })
})
