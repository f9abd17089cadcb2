import { describe, expect, it } from '@jest/globals'

import type { PublicImage, PublicStory, TargetConfig } from '../../types'
import { bodyItems, buildZaloArticle, findOrphanArticle } from './article'

const photo = (id: string, bytes: number, renditions: PublicImage['renditions'] = []): PublicImage => ({
  id,
  url: `https://cdn.example.vn/${id}.jpg`,
  mimeType: 'image/jpeg',
  bytes,
  renditions,
  caption: `Chú thích ${id}`,
})

const target: TargetConfig = {
  id: 't',
  name: 'Báo tỉnh',
  kind: 'zalo',
  domestic: true,
  settings: {},
  credentials: {},
  ratePerMinute: 0,
  timeoutSeconds: 15,
}

function story(overrides: Partial<PublicStory> = {}): PublicStory {
  return {
    id: 's',
    slug: 's',
    revision: 1,
    locale: 'vi',
    state: 'published',
    headline: ' Tiêu đề ',
    standfirst: '',
    bodyHtml: '<p>Một.</p>',
    bodyText: 'Một.',
    url: 'https://baotinh.vn/s',
    publishedAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    publications: [],
    bylines: [{ name: 'Phạm D' }],
    topics: [],
    places: [],
    featuredImage: photo('cover', 400_000),
    images: [],
    corrections: [],
    ...overrides,
  }
}

describe('bodyItems', () => {
  it('turns figures into image items with a rendition Zalo takes, and keeps text between them', () => {
    const big = photo('big', 3_000_000, [
      { name: 'large', url: 'https://cdn.example.vn/big-large.jpg', mimeType: 'image/jpeg', bytes: 700_000 },
    ])
    const items = bodyItems(
      story({
        images: [big],
        bodyHtml:
          '<p>A &amp; B</p><figure><img src="https://cdn.example.vn/big.jpg"></figure>' +
          '<img src="/local/x.png" alt="x"><figure><img src="https://cdn.example.vn/big.jpg"><figcaption>Ảnh <b>đẹp</b></figcaption></figure>',
      }),
    )
    expect(items).toEqual([
      { type: 'text', content: '<p>A &amp; B</p>' },
      { type: 'image', url: 'https://cdn.example.vn/big-large.jpg', caption: 'Chú thích big' },
      { type: 'image', url: 'https://baotinh.vn/local/x.png' },
      { type: 'image', url: 'https://cdn.example.vn/big-large.jpg', caption: 'Ảnh đẹp' },
    ])
  })

  it('leaves out an image Zalo cannot take', () => {
    const items = bodyItems(
      story({
        images: [photo('huge', 5_000_000)],
        bodyHtml: '<p>x</p><figure><img src="https://cdn.example.vn/huge.jpg"></figure>',
      }),
    )
    expect(items).toEqual([{ type: 'text', content: '<p>x</p>' }])
  })
})

describe('buildZaloArticle', () => {
  it('builds the article with the description from the body, corrections and the AI label', () => {
    const article = buildZaloArticle(
      story({ corrections: [{ note: 'Sửa số liệu <3>' }], aiLabel: 'Có sử dụng AI hỗ trợ' }),
      target,
      { videoId: 'vid-1' },
    )
    expect(article).toEqual({
      type: 'normal',
      title: 'Tiêu đề',
      author: 'Phạm D',
      description: 'Một.',
      cover: { cover_type: 'photo', photo_url: 'https://cdn.example.vn/cover.jpg', status: 'show' },
      body: [
        { type: 'video', video_id: 'vid-1', thumb: 'https://cdn.example.vn/cover.jpg' },
        { type: 'text', content: '<p>Một.</p>' },
        {
          type: 'text',
          content: '<p><em>Đính chính: Sửa số liệu &lt;3&gt;</em></p><p><em>Có sử dụng AI hỗ trợ</em></p>',
        },
      ],
      status: 'show',
      comment: 'show',
    })
  })
})

describe('findOrphanArticle', () => {
  const notBefore = Date.parse('2025-06-01T00:00:00Z')
  it('adopts a recent article with the same title only', () => {
    const listed = [
      { id: 'old', title: 'Tin A', create_date: notBefore - 1 },
      { id: 'known', title: 'Tin A', create_date: notBefore + 5 },
      { id: 'other', title: 'Tin B', create_date: notBefore + 5 },
      { id: 'mine', title: 'Tin A ', create_date: String(notBefore / 1000 + 60) },
    ]
    expect(findOrphanArticle(listed, { title: 'Tin A', notBefore, excludeIds: ['known'] })?.id).toBe('mine')
    expect(findOrphanArticle(listed, { title: 'Tin C', notBefore })).toBeUndefined()
  })
})
