import { describe, expect, it } from '@jest/globals'

import { sampleStory } from './fixtures'
import { NEWS_SITEMAP_MAX_URLS, renderNewsSitemap } from './newsSitemap'
import { parseXml } from './testXml'

const now = new Date('2024-11-06T12:00:00Z')

function urls(xml: string) {
  return parseXml(xml).urlset.url ?? []
}

function storyAt(id: string, publishedAt: string) {
  return sampleStory({
    id,
    publishedAt,
    url: `https://baohungyen.vn/tin-${id}.html`,
    headline: `Tin số ${id}`,
  })
}

describe('renderNewsSitemap', () => {
  it('renders the Google News entry for a recent story', () => {
    const xml = renderNewsSitemap('Báo Hưng Yên', 'vi', [sampleStory()], now)
    const urlset = parseXml(xml).urlset
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    expect(urlset.url).toEqual([
      {
        loc: 'https://baohungyen.vn/kinh-te/khoi-cong-duong-vanh-dai-4-doan-qua-van-lam-6512.html',
        'news:news': {
          'news:publication': { 'news:name': 'Báo Hưng Yên', 'news:language': 'vi' },
          'news:publication_date': '2024-11-05T14:30:00+07:00',
          'news:title': 'Khởi công đường Vành đai 4 đoạn qua huyện Văn Lâm',
        },
      },
    ])
  })

  it('keeps only the last two days, newest first, once per URL, without killed stories', () => {
    const stories = [
      storyAt('old', '2024-11-04T11:59:59Z'),
      storyAt('edge', '2024-11-04T12:00:00Z'),
      storyAt('new', '2024-11-06T11:00:00Z'),
      storyAt('new', '2024-11-06T11:00:00Z'),
      storyAt('future', '2024-11-07T12:00:00Z'),
      { ...storyAt('killed', '2024-11-06T10:00:00Z'), state: 'killed' as const },
      storyAt('undated', ''),
    ]
    const locs = urls(renderNewsSitemap('Báo Hưng Yên', 'vi', stories, now)).map(
      (url: { loc: string }) => url.loc,
    )
    expect(locs).toEqual(['https://baohungyen.vn/tin-new.html', 'https://baohungyen.vn/tin-edge.html'])
  })

  it('lists at most 1000 URLs', () => {
    const stories = Array.from({ length: 1005 }, (_, index) =>
      storyAt(String(index), new Date(now.getTime() - index * 60_000).toISOString()),
    )
    const list = urls(renderNewsSitemap('Báo Hưng Yên', 'vi', stories, now))
    expect(list).toHaveLength(NEWS_SITEMAP_MAX_URLS)
    expect(list[0].loc).toBe('https://baohungyen.vn/tin-0.html')
  })

  it('renders an empty but valid urlset', () => {
    expect(parseXml(renderNewsSitemap('Báo Hưng Yên', 'vi', [], now)).urlset.url).toBeUndefined()
  })
})
