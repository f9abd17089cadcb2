import { describe, expect, it } from '@jest/globals'

import { isBot, isMobile, isPrefetch } from './userAgent'

const CHROME_DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'
const IPAD =
  'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/604.1'
const CUBOT =
  'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36'
const ZALO_APP =
  'Mozilla/5.0 (Linux; Android 13; CPH2211) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Zalo android/12100690'

describe('robots', () => {
  it.each([
    [''],
    [undefined],
    ['Mozilla/5.0'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
    ['Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)'],
    ['Mozilla/5.0 (compatible; Baiduspider/2.0)'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36',
    ],
    ['curl/8.5.0'],
    ['Wget/1.21.4'],
    ['python-requests/2.32.3'],
    ['Java/17.0.2'],
    ['Go-http-client/2.0'],
    [
      'Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1',
    ],
    [
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 Chrome-Lighthouse',
    ],
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['Mozilla/5.0 (compatible; GPTBot/1.1; +https://openai.com/gptbot)'],
    ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
  ])('%p is a robot', (ua) => {
    expect(isBot(ua)).toBe(true)
  })

  it.each([[CHROME_DESKTOP], [IPHONE], [ANDROID], [IPAD], [CUBOT], [ZALO_APP]])('%p is a reader', (ua) => {
    expect(isBot(ua)).toBe(false)
  })

  it('treats prefetches and prerenders as nobody reading yet', () => {
    const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null })
    expect(isPrefetch(headers({ purpose: 'prefetch' }))).toBe(true)
    expect(isPrefetch(headers({ 'sec-purpose': 'prefetch;prerender' }))).toBe(true)
    expect(isPrefetch(headers({ 'x-moz': 'prefetch' }))).toBe(true)
    expect(isPrefetch(headers({}))).toBe(false)
  })
})

describe('mobile', () => {
  it('counts phones, tablets and in-app browsers as mobile, desktops not', () => {
    expect(isMobile(IPHONE)).toBe(true)
    expect(isMobile(ANDROID)).toBe(true)
    expect(isMobile(IPAD)).toBe(true)
    expect(isMobile(ZALO_APP)).toBe(true)
    expect(isMobile(CHROME_DESKTOP)).toBe(false)
    expect(isMobile(undefined)).toBe(false)
  })
})
