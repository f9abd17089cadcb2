/**
 * Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * only articles published in the last two days, at most 1,000 URLs, newest first.
 */
import type { PublicStory } from '../../types'
import { DEFAULT_TIME_ZONE, parseDate, w3cDate } from './dates'
import { feedableStories } from './stories'
import { container, element, XML_DECLARATION } from './xml'

export const NEWS_SITEMAP_MAX_URLS = 1000
const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000
// A story stamped a little ahead of this server's clock (another machine published it) still belongs.
const CLOCK_SKEW_MS = 5 * 60 * 1000

/**
 * @param publicationName exactly as the publication is known to Google News
 * @param language ISO 639 code: 'vi', 'en'; Google wants 'zh-cn' or 'zh-tw' for Chinese
 * @param now the moment "the last two days" counts back from
 */
export function renderNewsSitemap(
  publicationName: string,
  language: string,
  stories: PublicStory[],
  now: Date = new Date(),
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const oldest = now.getTime() - TWO_DAYS_MS
  const newest = now.getTime() + CLOCK_SKEW_MS
  const seen = new Set<string>()
  const recent = feedableStories(stories)
    .map((story) => ({ story, published: parseDate(story.publishedAt)?.getTime() }))
    .filter((entry): entry is { story: PublicStory; published: number } => {
      const { published } = entry
      return published !== undefined && published >= oldest && published <= newest && Boolean(entry.story.url)
    })
    .sort((a, b) => b.published - a.published)
    .filter(({ story }) => {
      // A story listed in two publications has one canonical URL; Google wants each URL once.
      if (seen.has(story.url)) return false
      seen.add(story.url)
      return true
    })
    .slice(0, NEWS_SITEMAP_MAX_URLS)

  const urls = recent.map(({ story }) =>
    container('url', [
      element('loc', story.url),
      container('news:news', [
        container('news:publication', [
          element('news:name', publicationName),
          element('news:language', language),
        ]),
        element('news:publication_date', w3cDate(story.publishedAt, timeZone)),
        element('news:title', story.headline),
      ]),
    ]),
  )
  return `${XML_DECLARATION}\n${container('urlset', urls, {
    xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
    'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
  })}\n`
}
