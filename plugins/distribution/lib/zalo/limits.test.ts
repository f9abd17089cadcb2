import { describe, expect, it } from '@jest/globals'

import type { PublicImage, PublicStory, TargetConfig } from '../../types'
import { countChars, fitDescription, pickZaloImage, resolveAuthor, validateZaloStory } from './limits'

function image(
  bytes: number,
  renditions: PublicImage['renditions'] = [],
  mimeType = 'image/jpeg',
): PublicImage {
  return { id: 'img', url: 'https://cdn.example.vn/img.jpg', mimeType, bytes, renditions }
}

const rendition = (name: string, bytes: number, mimeType = 'image/jpeg') => ({
  name,
  url: `https://cdn.example.vn/${name}`,
  mimeType,
  bytes,
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
    headline: 'Tiêu đề',
    standfirst: 'Sapo ngắn.',
    bodyHtml: '<p>Thân bài.</p>',
    bodyText: 'Thân bài.',
    url: 'https://baotinh.vn/s',
    publishedAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    publications: [],
    bylines: [],
    topics: [],
    places: [],
    featuredImage: image(500_000),
    images: [],
    corrections: [],
    ...overrides,
  }
}

describe('countChars', () => {
  it('counts a Vietnamese letter typed with combining marks once', () => {
    expect(countChars('Tiê\u0301u')).toBe(4)
  })
})

describe('pickZaloImage', () => {
  it('takes the largest JPG/PNG under 1 MB', () => {
    const choice = pickZaloImage(image(3_000_000, [rendition('a.jpg', 900_000), rendition('b.png', 400_000)]))
    expect(choice).toMatchObject({ ok: true, file: { url: 'https://cdn.example.vn/a.jpg' } })
  })

  it('keeps a small original', () => {
    expect(pickZaloImage(image(800_000, [rendition('a.jpg', 100_000)]))).toMatchObject({
      ok: true,
      file: { url: 'https://cdn.example.vn/img.jpg' },
    })
  })

  it('says when only WebP fits', () => {
    expect(pickZaloImage(image(3_000_000, [rendition('a.webp', 80_000, 'image/webp')]))).toMatchObject({
      ok: false,
      reason: 'onlyWebp',
    })
  })

  it('falls back to a JPG of unknown size', () => {
    expect(pickZaloImage(image(0))).toMatchObject({ ok: true })
  })

  it('refuses an image with nothing under 1 MB', () => {
    expect(pickZaloImage(image(3_000_000, [rendition('a.jpg', 1_200_000)]))).toMatchObject({
      ok: false,
      reason: 'tooLarge',
      smallestBytes: 1_200_000,
    })
  })
})

describe('fitDescription', () => {
  it('leaves a short text alone', () => {
    expect(fitDescription('  Một  câu ngắn. ')).toEqual({ ok: true, text: 'Một câu ngắn.', cut: false })
  })

  it('cuts at the last word before the limit and ends with an ellipsis', () => {
    const fit = fitDescription('mưa lớn, '.repeat(50))
    expect(fit.ok && fit.cut).toBe(true)
    if (!fit.ok) return
    expect([...fit.text].length).toBeLessThanOrEqual(300)
    expect(fit.text).toMatch(/lớn…$/)
  })

  it('refuses a text with no clean place to cut', () => {
    expect(fitDescription(`ngắn ${'x'.repeat(400)}`)).toEqual({ ok: false, chars: 405 })
  })
})

describe('resolveAuthor', () => {
  it('prefers settings.author, then the first byline, then the target name', () => {
    expect(
      resolveAuthor(story({ bylines: [{ name: 'Lê B' }] }), {
        ...target,
        settings: { author: 'Ban Điện tử' },
      }),
    ).toBe('Ban Điện tử')
    expect(resolveAuthor(story({ bylines: [{ name: 'Lê B' }, { name: 'Trần C' }] }), target)).toBe('Lê B')
    expect(resolveAuthor(story(), target)).toBe('Báo tỉnh')
  })
})

describe('validateZaloStory', () => {
  it('reports each problem in Vietnamese with its figures', () => {
    const problems = validateZaloStory(
      story({
        headline: 'a'.repeat(151),
        bylines: [{ name: 'b'.repeat(51) }],
        featuredImage: image(1_500_000),
        images: [image(2_000_000, [], 'image/png')],
        video: {
          id: 'v',
          url: 'https://cdn.example.vn/v.mp4',
          key: 'v.mp4',
          mimeType: 'video/mp4',
          bytes: 60_000_000,
        },
      }),
      target,
    )
    expect(problems.map((problem) => problem.field)).toEqual([
      'headline',
      'bylines',
      'featuredImage',
      'images.0',
      'video',
    ])
    expect(problems[0]!.message).toContain('151 ký tự')
    expect(problems[1]!.message).toContain('51 ký tự')
    expect(problems[2]!.message).toContain('1,5 MB')
    expect(problems[4]!.message).toContain('60 MB')
  })

  it('accepts a long standfirst it can cut, refuses one it cannot', () => {
    expect(validateZaloStory(story({ standfirst: 'nước lên '.repeat(60) }), target)).toEqual([])
    const problems = validateZaloStory(story({ standfirst: 'y'.repeat(320) }), target)
    expect(problems).toEqual([{ field: 'standfirst', message: expect.stringContaining('320 ký tự') }])
  })
})
