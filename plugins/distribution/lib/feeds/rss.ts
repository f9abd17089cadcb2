/**
 * RSS 2.0 for one publication or section: what Báo Mới and other aggregators ingest under the
 * agency's agreements. Full text or excerpt is a per-partner setting (FeedOptions.fullText).
 */
import type { PublicStory } from '../../types'
import { rfc822Date } from './dates'
import { feedableStories, feedImage, storyUrn, urnNamespace } from './stories'
import type { FeedChannel, FeedOptions } from './types'
import { cdata, container, element, XML_DECLARATION } from './xml'

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
}

function renderItem(story: PublicStory, channel: FeedChannel, options: FeedOptions): string {
  const image = feedImage(story.featuredImage)
  return container('item', [
    element('title', story.headline),
    element('link', story.url),
    element('guid', storyUrn(urnNamespace(channel.link), story.id), { isPermaLink: 'false' }),
    element('pubDate', rfc822Date(story.publishedAt, channel.timeZone)),
    element('description', story.standfirst),
    ...story.bylines.map((byline) => element('dc:creator', byline.name)),
    ...(story.section ? [element('category', story.section.name)] : []),
    ...story.topics.map((topic) => element('category', topic.name)),
    image
      ? element('enclosure', undefined, { url: image.url, length: image.bytes, type: image.mimeType })
      : '',
    options.fullText && story.bodyHtml ? `<content:encoded>${cdata(story.bodyHtml)}</content:encoded>` : '',
  ])
}

/** The feed as a UTF-8 XML string; stories keep the caller's order (newest first, by convention). */
export function renderRss(channel: FeedChannel, stories: PublicStory[], options: FeedOptions): string {
  const header = [
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822Date(channel.updatedAt, channel.timeZone)),
    element('atom:link', undefined, { href: channel.feedURL, rel: 'self', type: 'application/rss+xml' }),
    element('copyright', channel.copyright),
    element('generator', channel.generator),
    channel.imageURL
      ? container('image', [
          element('url', channel.imageURL),
          element('title', channel.title),
          element('link', channel.link),
        ])
      : '',
  ]
  const items = feedableStories(stories).map((story) => renderItem(story, channel, options))
  return `${XML_DECLARATION}\n${container('rss', [container('channel', [...header, ...items])], NAMESPACES)}\n`
}
