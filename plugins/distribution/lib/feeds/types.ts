/** What the feed renderers need besides the stories; filled by the plugin per publication/section. */

export type FeedChannel = {
  title: string
  description: string
  /** The site page this feed mirrors (publication home or section page). */
  link: string
  /** Where this feed itself is served (atom:link rel=self, Atom id). */
  feedURL: string
  /** BCP 47 / ISO 639 language code: 'vi', 'en', 'zh'… */
  language: string
  /** ISO date of the newest change in the feed. */
  updatedAt: string
  imageURL?: string
  copyright?: string
  generator?: string
  /** IANA zone dates are written in (RFC 822 / W3C with their real offset); Asia/Ho_Chi_Minh by default. */
  timeZone?: string
}

export type FeedOptions = {
  /** Full text (content:encoded, Atom content, JSON Feed content_html) or the standfirst only. */
  fullText: boolean
}

export type PodcastChannel = FeedChannel & {
  author: string
  ownerName: string
  ownerEmail: string
  /** An Apple Podcasts category, e.g. 'News'. */
  category: string
  explicit: boolean
  imageURL: string
}
