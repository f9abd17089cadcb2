import { describe, expect, it } from '@jest/globals'

import { renderAtom } from './atom'
import { sampleChannel, sampleStory } from './fixtures'
import { parseXml } from './testXml'

const story = sampleStory()

describe('renderAtom', () => {
  it('renders the feed header with self and alternate links and a fallback author', () => {
    const feed = parseXml(renderAtom(sampleChannel(), [story], { fullText: false })).feed
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed['@xml:lang']).toBe('vi')
    expect(feed.id).toBe('https://baohungyen.vn/rss/kinh-te.rss')
    expect(feed.updated).toBe('2024-11-05T16:15:00+07:00')
    expect(feed.link.map((link: Record<string, string>) => link['@rel'])).toEqual(['self', 'alternate'])
    expect(feed.author).toEqual([{ name: 'Báo Hưng Yên – Kinh tế' }])
  })

  it('writes entries with a stable urn, dates, links, authors and summary', () => {
    const [entry] = parseXml(renderAtom(sampleChannel(), [story], { fullText: false })).feed.entry
    expect(entry.id).toBe('urn:newsroom:baohungyen.vn:story:6512')
    expect(entry.title['#text']).toBe(story.headline)
    expect(entry.published).toBe('2024-11-05T14:30:00+07:00')
    expect(entry.updated).toBe('2024-11-05T16:15:00+07:00')
    expect(entry.link).toEqual([
      { '@rel': 'alternate', '@type': 'text/html', '@href': story.url },
      {
        '@rel': 'enclosure',
        '@type': 'image/jpeg',
        '@length': '284512',
        '@href': 'https://baohungyen.vn/media/6512/vanh-dai-4.jpg',
      },
    ])
    expect(entry.author).toEqual([{ name: 'Đỗ Thị Hằng' }, { name: 'Lê Quang Định' }])
    expect(entry.category.map((category: Record<string, string>) => category['@term'])).toEqual([
      'Giao thông',
      'Đầu tư công',
    ])
    expect(entry.summary['#text']).toBe(story.standfirst)
    expect(entry.content).toBeUndefined()
  })

  it('carries the body as escaped HTML for full-text partners, "]]>" included', () => {
    const withMarker = sampleStory({ bodyHtml: '<p>x ]]> y &amp; đ</p>' })
    const xml = renderAtom(sampleChannel(), [withMarker], { fullText: true })
    expect(xml).toContain('<content type="html">&lt;p&gt;x ]]&gt; y &amp;amp; đ&lt;/p&gt;</content>')
    expect(parseXml(xml).feed.entry[0].content['#text']).toBe('<p>x ]]> y &amp; đ</p>')
  })

  it('skips killed stories', () => {
    const xml = renderAtom(sampleChannel(), [sampleStory({ state: 'killed' })], { fullText: true })
    expect(parseXml(xml).feed.entry).toBeUndefined()
  })
})
