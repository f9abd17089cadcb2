/**
 * What the beacon reads from a user agent: whether it is a robot (never counted) and whether it
 * is a phone or tablet (counted as a mobile view). Deliberately coarse: no browser, version or
 * device model is derived or kept.
 */

/**
 * Crawlers, link-preview fetchers, monitoring and scripted clients. Real browsers never carry
 * these words; a browser-like robot that hides them is caught by the per-client rate limit.
 */
const BOT =
  /(?<!cu)bots?(?:\b|_)|crawl|spider|slurp|scrap|headless|curl|wget|python|java\/|\bjava\b|go-http|axios|node-fetch|undici|libwww|httpclient|phantom|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|preview|facebookexternalhit|whatsapp|zalo.*(?:link|preview)|embedly|bingpreview|archiver|feedfetcher|mediapartners|adsbot|apis-google|semrush|ahrefs|mj12|dotbot|bytespider|gptbot|ccbot|claude|perplexity|postman|insomnia|httpie|^mozilla\/[45]\.0$/i

/** Phones and tablets: the markers mobile browsers and in-app web views send. */
const MOBILE =
  /mobi|android|iphone|ipad|ipod|windows phone|blackberry|bb10|opera mini|silk|kindle|tablet|webos|zalo|fban|fbav/i

/** A request that only prefetches or prerenders the page: no one has read anything yet. */
export function isPrefetch(headers: { get(name: string): string | null | undefined }): boolean {
  const purpose = `${headers.get('purpose') ?? ''} ${headers.get('sec-purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`
  return /prefetch|prerender|preview/i.test(purpose)
}

/** Missing, implausibly short or robot-like user agents are not readers. */
export function isBot(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? '').trim()
  if (ua.length < 10) return true
  return BOT.test(ua)
}

export function isMobile(userAgent: string | null | undefined): boolean {
  return MOBILE.test(userAgent ?? '')
}
