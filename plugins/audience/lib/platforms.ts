/**
 * Where audiences are counted. `domestic` follows the province's reading of the plans (own
 * channels, Zalo, Vietnamese OTT and aggregators first; foreign social and podcast platforms
 * count, but as foreign). Only platforms the newsroom serves itself can be counted by the
 * first-party beacon (`beacon`); every other platform's figures come from its CSV export.
 */
import type { ChannelKind } from '../../../src/lib/channels'
import { searchKey } from '../../../src/lib/vietnamese'

export type Platform = {
  key: string
  label: { vi: string; en: string }
  domestic: boolean
  /** The first-party beacon may report it (and CSV imports may not: one source per platform). */
  beacon: boolean
  /** Which of a story's channels the figures are credited to, in order of preference. */
  channelKinds: readonly ChannelKind[]
  /** Other names platform exports and people use for it (folded when compared). */
  aliases: readonly string[]
}

const WEB: readonly ChannelKind[] = ['website', 'epaper', 'social', 'print']
const TV: readonly ChannelKind[] = ['tv', 'website', 'social']
const RADIO: readonly ChannelKind[] = ['radio', 'website', 'social']
const SOCIAL: readonly ChannelKind[] = ['social', 'website', 'tv', 'radio']

export const PLATFORMS: readonly Platform[] = [
  {
    key: 'website',
    label: { vi: 'Báo điện tử (website)', en: 'Website' },
    domestic: true,
    beacon: true,
    channelKinds: WEB,
    aliases: ['web', 'trang web', 'trang thong tin dien tu', 'bao dien tu'],
  },
  {
    key: 'app',
    label: { vi: 'Ứng dụng di động của tòa soạn', en: 'Own mobile app' },
    domestic: true,
    beacon: true,
    channelKinds: WEB,
    aliases: ['ung dung', 'mobile app', 'ung dung di dong'],
  },
  {
    key: 'zalo',
    label: { vi: 'Zalo OA', en: 'Zalo Official Account' },
    domestic: true,
    beacon: false,
    channelKinds: SOCIAL,
    aliases: ['zalo oa', 'zalo official account'],
  },
  {
    key: 'vtvgo',
    label: { vi: 'VTVgo', en: 'VTVgo' },
    domestic: true,
    beacon: false,
    channelKinds: TV,
    aliases: ['vtv go'],
  },
  {
    key: 'mytv',
    label: { vi: 'MyTV (VNPT)', en: 'MyTV (VNPT)' },
    domestic: true,
    beacon: false,
    channelKinds: TV,
    aliases: ['my tv'],
  },
  {
    key: 'fptplay',
    label: { vi: 'FPT Play', en: 'FPT Play' },
    domestic: true,
    beacon: false,
    channelKinds: TV,
    aliases: ['fpt play'],
  },
  {
    key: 'tv360',
    label: { vi: 'TV360 (Viettel)', en: 'TV360 (Viettel)' },
    domestic: true,
    beacon: false,
    channelKinds: TV,
    aliases: ['tv 360', 'viettel tv360'],
  },
  {
    key: 'baomoi',
    label: { vi: 'Báo Mới', en: 'Bao Moi (aggregator)' },
    domestic: true,
    beacon: false,
    channelKinds: WEB,
    aliases: ['bao moi', 'baomoi.com'],
  },
  {
    key: 'radio',
    label: { vi: 'Phát thanh (sóng)', en: 'Radio broadcast' },
    domestic: true,
    beacon: false,
    channelKinds: RADIO,
    aliases: ['phat thanh', 'song phat thanh', 'radio broadcast', 'fm'],
  },
  {
    key: 'tv',
    label: { vi: 'Truyền hình (sóng)', en: 'TV broadcast' },
    domestic: true,
    beacon: false,
    channelKinds: TV,
    aliases: ['truyen hinh', 'song truyen hinh', 'tv broadcast'],
  },
  {
    key: 'loudspeaker',
    label: { vi: 'Loa truyền thanh cơ sở', en: 'Grassroots loudspeakers' },
    domestic: true,
    beacon: false,
    channelKinds: RADIO,
    aliases: ['loa', 'loa truyen thanh', 'truyen thanh co so', 'thong tin co so', 'loudspeakers'],
  },
  {
    key: 'youtube',
    label: { vi: 'YouTube', en: 'YouTube' },
    domestic: false,
    beacon: false,
    channelKinds: TV,
    aliases: ['you tube', 'yt'],
  },
  {
    key: 'facebook',
    label: { vi: 'Facebook', en: 'Facebook' },
    domestic: false,
    beacon: false,
    channelKinds: SOCIAL,
    aliases: ['fb', 'facebook page', 'trang facebook'],
  },
  {
    key: 'tiktok',
    label: { vi: 'TikTok', en: 'TikTok' },
    domestic: false,
    beacon: false,
    channelKinds: SOCIAL,
    aliases: ['tik tok'],
  },
  {
    key: 'podcastApple',
    label: { vi: 'Apple Podcasts', en: 'Apple Podcasts' },
    domestic: false,
    beacon: false,
    channelKinds: RADIO,
    aliases: ['apple podcasts', 'apple podcast', 'podcast apple', 'itunes'],
  },
  {
    key: 'spotify',
    label: { vi: 'Spotify', en: 'Spotify' },
    domestic: false,
    beacon: false,
    channelKinds: RADIO,
    aliases: [],
  },
  {
    key: 'googleNews',
    label: { vi: 'Google Tin tức', en: 'Google News' },
    domestic: false,
    beacon: false,
    channelKinds: WEB,
    aliases: ['google news', 'google tin tuc', 'google discover'],
  },
]

export const PLATFORM_KEYS: readonly string[] = PLATFORMS.map((platform) => platform.key)
export const BEACON_PLATFORM_KEYS: readonly string[] = PLATFORMS.filter((p) => p.beacon).map((p) => p.key)

const byKey = new Map(PLATFORMS.map((platform) => [platform.key, platform]))
const lookupKey = (text: string) =>
  searchKey(text)
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim()
const byName = new Map<string, Platform>()
for (const platform of PLATFORMS) {
  for (const name of [platform.key, platform.label.vi, platform.label.en, ...platform.aliases])
    byName.set(lookupKey(name), platform)
  byName.set(lookupKey(platform.key).replace(/ /g, ''), platform)
}

/** The platform with exactly this key. */
export function platformOf(key: string): Platform | undefined {
  return byKey.get(key)
}

/** The platform a person or an export names ("Zalo OA", "FPT Play", "Phát thanh"…), or undefined. */
export function findPlatform(name: string): Platform | undefined {
  const exact = byKey.get(name.trim())
  if (exact) return exact
  const key = lookupKey(name)
  return byName.get(key) ?? byName.get(key.replace(/ /g, ''))
}

/** Unknown keys (from data kept before a platform was renamed) count as foreign: never inflate the domestic share. */
export function isDomesticPlatform(key: string): boolean {
  return byKey.get(key)?.domestic ?? false
}

/** "website, app" for messages listing what is accepted. */
export function platformKeyList(filter: (platform: Platform) => boolean = () => true): string {
  return PLATFORMS.filter(filter)
    .map((platform) => platform.key)
    .join(', ')
}
