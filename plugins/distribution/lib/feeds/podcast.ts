/**
 * Podcast RSS for radio programmes and audio stories: RSS 2.0 with Apple's itunes namespace
 * (https://podcasters.apple.com/support/823-podcast-requirements). Stories without audio are left out.
 */
import type { PublicStory } from '../../types'
import { rfc822Date } from './dates'
import { durationHms, feedableStories, feedImage, storyUrn, urnNamespace } from './stories'
import type { PodcastChannel } from './types'
import { cdata, container, element, XML_DECLARATION } from './xml'

const NAMESPACES = {
  version: '2.0',
  'xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
}

function renderEpisode(story: PublicStory, channel: PodcastChannel): string {
  const audio = story.audio!
  const image = feedImage(story.featuredImage)
  const summary = story.standfirst || story.seoDescription || ''
  return container('item', [
    element('title', story.headline),
    element('link', story.url),
    element('guid', storyUrn(urnNamespace(channel.link), story.id), { isPermaLink: 'false' }),
    element('pubDate', rfc822Date(story.publishedAt, channel.timeZone)),
    element('description', summary),
    element('itunes:summary', summary),
    story.bylines.length
      ? element('itunes:author', story.bylines.map((byline) => byline.name).join(', '))
      : '',
    element('itunes:duration', durationHms(audio.durationSeconds)),
    image ? element('itunes:image', undefined, { href: image.url }) : '',
    element('itunes:explicit', String(channel.explicit)),
    element('enclosure', undefined, { url: audio.url, length: audio.bytes, type: audio.mimeType }),
    story.bodyHtml ? `<content:encoded>${cdata(story.bodyHtml)}</content:encoded>` : '',
  ])
}

export function renderPodcast(channel: PodcastChannel, stories: PublicStory[]): string {
  const header = [
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822Date(channel.updatedAt, channel.timeZone)),
    element('atom:link', undefined, { href: channel.feedURL, rel: 'self', type: 'application/rss+xml' }),
    element('copyright', channel.copyright),
    element('generator', channel.generator),
    container('image', [
      element('url', channel.imageURL),
      element('title', channel.title),
      element('link', channel.link),
    ]),
    element('itunes:author', channel.author),
    element('itunes:summary', channel.description),
    container('itunes:owner', [
      element('itunes:name', channel.ownerName),
      element('itunes:email', channel.ownerEmail),
    ]),
    element('itunes:image', undefined, { href: channel.imageURL }),
    element('itunes:category', undefined, { text: channel.category }),
    // Apple's current spec takes true/false (the older yes/clean are still read).
    element('itunes:explicit', String(channel.explicit)),
  ]
  const episodes = feedableStories(stories)
    .filter((story) => Boolean(story.audio?.url))
    .map((story) => renderEpisode(story, channel))
  return `${XML_DECLARATION}\n${container('rss', [container('channel', [...header, ...episodes])], NAMESPACES)}\n`
}
