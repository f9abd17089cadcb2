/** Atom 1.0 (RFC 4287) for one publication or section, the same content as the RSS feed. */
import type { PublicStory } from '../../types'
import { w3cDate } from './dates'
import { feedableStories, feedImage, storyUrn, urnNamespace } from './stories'
import type { FeedChannel, FeedOptions } from './types'
import { container, element, XML_DECLARATION } from './xml'

function renderEntry(story: PublicStory, channel: FeedChannel, options: FeedOptions): string {
  const image = feedImage(story.featuredImage)
  const published = w3cDate(story.publishedAt, channel.timeZone)
  return container('entry', [
    element('id', storyUrn(urnNamespace(channel.link), story.id)),
    element('title', story.headline, { type: 'text' }),
    element('updated', w3cDate(story.updatedAt, channel.timeZone) ?? published),
    element('published', published),
    element('link', undefined, { rel: 'alternate', type: 'text/html', href: story.url }),
    image
      ? element('link', undefined, {
          rel: 'enclosure',
          type: image.mimeType,
          length: image.bytes,
          href: image.url,
        })
      : '',
    ...story.bylines.map((byline) => container('author', [element('name', byline.name)])),
    ...story.topics.map((topic) => element('category', undefined, { term: topic.name })),
    element('summary', story.standfirst, { type: 'text' }),
    // type="html": the HTML travels escaped as text, which needs no CDATA and cannot break out.
    options.fullText && story.bodyHtml ? element('content', story.bodyHtml, { type: 'html' }) : '',
  ])
}

export function renderAtom(channel: FeedChannel, stories: PublicStory[], options: FeedOptions): string {
  const header = [
    element('id', channel.feedURL),
    element('title', channel.title, { type: 'text' }),
    element('subtitle', channel.description, { type: 'text' }),
    element('updated', w3cDate(channel.updatedAt, channel.timeZone) ?? w3cDate(new Date(), channel.timeZone)),
    element('link', undefined, { rel: 'self', type: 'application/atom+xml', href: channel.feedURL }),
    element('link', undefined, { rel: 'alternate', type: 'text/html', href: channel.link }),
    // RFC 4287 wants a feed author unless every entry has one; stories without a byline are the publication's.
    container('author', [element('name', channel.title)]),
    element('rights', channel.copyright),
    element('generator', channel.generator),
    element('logo', channel.imageURL),
  ]
  const entries = feedableStories(stories).map((story) => renderEntry(story, channel, options))
  return `${XML_DECLARATION}\n${container('feed', [...header, ...entries], {
    xmlns: 'http://www.w3.org/2005/Atom',
    'xml:lang': channel.language,
  })}\n`
}
