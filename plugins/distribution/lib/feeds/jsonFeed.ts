/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for one publication or section. */
import type { PublicStory } from '../../types'
import { w3cDate } from './dates'
import { feedableStories, feedImage, storyUrn, urnNamespace } from './stories'
import type { FeedChannel, FeedOptions } from './types'
import { stripIllegalXmlChars } from './xml'

type JsonFeedItem = Record<string, unknown>

function renderItem(story: PublicStory, channel: FeedChannel, options: FeedOptions): JsonFeedItem {
  const image = feedImage(story.featuredImage)
  const fullText = options.fullText && Boolean(story.bodyHtml)
  const tags = [...(story.section ? [story.section.name] : []), ...story.topics.map((topic) => topic.name)]
  return {
    id: storyUrn(urnNamespace(channel.link), story.id),
    url: story.url,
    title: story.headline,
    summary: story.standfirst || undefined,
    // The spec requires content_html or content_text on every item: excerpt partners get the standfirst.
    ...(fullText ? { content_html: story.bodyHtml } : { content_text: story.standfirst }),
    image: image?.url,
    date_published: w3cDate(story.publishedAt, channel.timeZone),
    date_modified: w3cDate(story.updatedAt, channel.timeZone),
    authors: story.bylines.length ? story.bylines.map((byline) => ({ name: byline.name })) : undefined,
    tags: tags.length ? [...new Set(tags)] : undefined,
    language: story.locale,
    attachments: story.audio?.url
      ? [
          {
            url: story.audio.url,
            mime_type: story.audio.mimeType,
            title: story.audio.title,
            size_in_bytes: story.audio.bytes || undefined,
            duration_in_seconds: story.audio.durationSeconds,
          },
        ]
      : undefined,
  }
}

/** Drops illegal control characters from every string so the JSON, XML and site all carry the same text. */
function cleanStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? stripIllegalXmlChars(value) : value
}

export function renderJsonFeed(channel: FeedChannel, stories: PublicStory[], options: FeedOptions): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.link,
    feed_url: channel.feedURL,
    description: channel.description,
    icon: channel.imageURL,
    language: channel.language,
    items: feedableStories(stories).map((story) => renderItem(story, channel, options)),
  }
  return JSON.stringify(feed, cleanStrings)
}
