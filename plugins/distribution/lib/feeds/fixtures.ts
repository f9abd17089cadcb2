/** A realistic PublicStory for tests of renderers and adapters (Vietnamese text, image, audio). */
import type { AdapterContext, DeliveryAction, DeliveryProgress, PublicStory, TargetConfig } from '../../types'
import type { FeedChannel, PodcastChannel } from './types'

export function sampleStory(overrides: Partial<PublicStory> = {}): PublicStory {
  return {
    id: '6512',
    slug: 'khoi-cong-duong-vanh-dai-4-doan-qua-van-lam',
    revision: 3,
    locale: 'vi',
    state: 'published',
    headline: 'Khởi công đường Vành đai 4 đoạn qua huyện Văn Lâm',
    standfirst:
      'Sáng 5/11, tỉnh Hưng Yên khởi công dự án thành phần đường Vành đai 4, dài 25,8 km, tổng vốn đầu tư 6.000 tỷ đồng.',
    bodyHtml:
      '<p>Dự án đi qua 5 huyện, thị xã; đường được đầu tư theo tiêu chuẩn cao tốc.</p>' +
      '<h2>Giải phóng mặt bằng đạt 98%</h2>' +
      '<p>Ông Nguyễn Văn Đức, Phó Chủ tịch UBND huyện, cho biết người dân đồng thuận cao &amp; bàn giao mặt bằng sớm.</p>' +
      '<figure><img src="https://baohungyen.vn/media/6512/vanh-dai-4.jpg" alt="Lễ khởi công"><figcaption>Lễ khởi công</figcaption></figure>',
    bodyText:
      'Dự án đi qua 5 huyện, thị xã; đường được đầu tư theo tiêu chuẩn cao tốc.\n\nGiải phóng mặt bằng đạt 98%\n\n' +
      'Ông Nguyễn Văn Đức, Phó Chủ tịch UBND huyện, cho biết người dân đồng thuận cao & bàn giao mặt bằng sớm.',
    url: 'https://baohungyen.vn/kinh-te/khoi-cong-duong-vanh-dai-4-doan-qua-van-lam-6512.html',
    publishedAt: '2024-11-05T07:30:00.000Z',
    updatedAt: '2024-11-05T09:15:00.000Z',
    section: { id: '12', name: 'Kinh tế', slug: 'kinh-te' },
    desk: { id: '3', name: 'Ban Kinh tế', code: 'KT' },
    publications: [{ id: '1', code: 'web', name: 'Báo Hưng Yên điện tử', kind: 'website' }],
    bylines: [{ name: 'Đỗ Thị Hằng' }, { name: 'Lê Quang Định', contribution: 'ảnh' }],
    topics: [
      { id: '41', name: 'Giao thông' },
      { id: '42', name: 'Đầu tư công' },
    ],
    places: [
      { id: '7', name: 'Huyện Văn Lâm', code: '00327', level: 'district' },
      { id: '8', name: 'Tỉnh Hưng Yên', code: '33', level: 'province' },
    ],
    featuredImage: {
      id: 'img-901',
      url: 'https://baohungyen.vn/media/6512/vanh-dai-4.jpg',
      mimeType: 'image/jpeg',
      bytes: 284512,
      width: 1600,
      height: 900,
      alt: 'Lễ khởi công đường Vành đai 4',
      caption: 'Đại biểu bấm nút khởi công dự án.',
      credit: 'Lê Quang Định',
      renditions: [
        {
          name: 'cardWebp',
          url: 'https://baohungyen.vn/media/6512/vanh-dai-4-card.webp',
          mimeType: 'image/webp',
          bytes: 48210,
          width: 800,
          height: 450,
        },
      ],
    },
    images: [],
    audio: {
      id: 'aud-77',
      title: 'Bản đọc: Khởi công đường Vành đai 4',
      url: 'https://baohungyen.vn/media/6512/doc-bai.mp3',
      mimeType: 'audio/mpeg',
      bytes: 2_345_678,
      durationSeconds: 3725.4,
    },
    corrections: [],
    ...overrides,
  }
}

export function sampleChannel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: 'Báo Hưng Yên – Kinh tế',
    description: 'Tin kinh tế, đầu tư, nông nghiệp của tỉnh Hưng Yên',
    link: 'https://baohungyen.vn/kinh-te',
    feedURL: 'https://baohungyen.vn/rss/kinh-te.rss',
    language: 'vi',
    updatedAt: '2024-11-05T09:15:00.000Z',
    imageURL: 'https://baohungyen.vn/logo.png',
    copyright: '© Báo Hưng Yên',
    generator: 'Tòa soạn hội tụ',
    ...overrides,
  }
}

export function samplePodcastChannel(overrides: Partial<PodcastChannel> = {}): PodcastChannel {
  return {
    ...sampleChannel({
      title: 'Thời sự Hưng Yên',
      description: 'Bản tin phát thanh hằng ngày của Đài Phát thanh và Truyền hình Hưng Yên',
      link: 'https://baohungyen.vn/phat-thanh',
      feedURL: 'https://baohungyen.vn/podcast/thoi-su.xml',
    }),
    author: 'Báo và Phát thanh, Truyền hình Hưng Yên',
    ownerName: 'Ban Điện tử',
    ownerEmail: 'podcast@baohungyen.vn',
    category: 'News',
    explicit: false,
    imageURL: 'https://baohungyen.vn/podcast/cover-3000.jpg',
    ...overrides,
  }
}

export function sampleTarget(overrides: Partial<TargetConfig> = {}): TargetConfig {
  return {
    id: 'target-1',
    name: 'Báo Hưng Yên',
    kind: 'website',
    domestic: true,
    settings: {},
    credentials: {},
    ratePerMinute: 0,
    timeoutSeconds: 5,
    ...overrides,
  }
}

/**
 * An AdapterContext as the worker would pass it, for adapter tests: progress saved and credentials
 * rotated in memory (`saved` and `credentials` show what the adapter did).
 */
export function sampleAdapterContext(
  target: TargetConfig,
  options: {
    story?: PublicStory
    action?: DeliveryAction
    previous?: DeliveryProgress
    signal?: AbortSignal
  } = {},
): AdapterContext & { saved: DeliveryProgress[] } {
  const saved: DeliveryProgress[] = []
  let credentials = { ...target.credentials }
  return {
    target,
    story: options.story ?? sampleStory(),
    delivery: {
      id: 'delivery-1',
      action: options.action ?? 'publish',
      attempts: 0,
      idempotencyKey: 'story-6512-r3-target-1-publish',
    },
    previous: options.previous,
    signal: options.signal ?? new AbortController().signal,
    saved,
    async saveProgress(progress) {
      saved.push(progress)
    },
    async withCredentials(rotate) {
      credentials = (await rotate(credentials)) ?? credentials
      return credentials
    },
    async fetchFile() {
      throw new Error('fetchFile is not available in this test context')
    },
    workDir: '/tmp',
  }
}
