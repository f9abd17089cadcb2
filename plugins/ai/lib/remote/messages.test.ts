import { describe, expect, it } from '@jest/globals'

import type { StoryText } from '../../types'
import { AiError } from '../errors'
import { buildUserMessage, resolveParams, wordsForSeconds } from './messages'

const story: StoryText = {
  headline: 'Hưng Yên khởi công cầu mới',
  standfirst: 'Cầu dài 1,2 km.',
  body: 'Đoạn một.\n\nĐoạn hai.',
  locale: 'vi',
}

describe('resolveParams', () => {
  it('fills per-task defaults and clamps counts', () => {
    expect(resolveParams('headlines', {}, story)).toMatchObject({ count: 5, maxChars: 110 })
    expect(resolveParams('standfirst', { count: 9 }, story)).toMatchObject({ count: 3, maxChars: 300 })
    expect(resolveParams('socialSummary', { maxChars: 200 }, story)).toMatchObject({ maxChars: 200 })
    expect(resolveParams('seoDescription', {}, story)).toMatchObject({ maxChars: 160 })
    expect(resolveParams('radioScript', {}, story)).toMatchObject({ targetSeconds: 60, readRate: 220 })
    expect(resolveParams('tvOutline', {}, story).targetSeconds).toBeUndefined()
  })

  it('refuses a translation without a target or into the same language, and a print cut without a limit', () => {
    const permanent = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return error instanceof AiError && error.permanent ? error.message : 'not permanent'
      }
      return 'no error'
    }
    expect(permanent(() => resolveParams('translate', {}, story))).toBe('Dịch bài cần ngôn ngữ đích.')
    expect(permanent(() => resolveParams('translate', { targetLocale: 'vi' }, story))).toBe(
      'Bài đã ở tiếng Việt, không cần dịch.',
    )
    expect(permanent(() => resolveParams('printCut', {}, story))).toBe(
      'Cắt gọt bản in cần số ký tự tối đa (maxChars).',
    )
  })
})

describe('buildUserMessage', () => {
  it('states the task, its parameters and the story between markers', () => {
    const message = buildUserMessage('headlines', resolveParams('headlines', { count: 2 }, story), story)
    expect(message).toBe(
      [
        'Nhiệm vụ: headlines',
        '- Ngôn ngữ của bài: tiếng Việt (vi).',
        '- Số phương án: 2.',
        '- Mỗi phương án tối đa 110 ký tự.',
        '',
        '=== BÀI VIẾT ===',
        'Tít: Hưng Yên khởi công cầu mới',
        'Sapo: Cầu dài 1,2 km.',
        'Thân bài:',
        'Đoạn một.',
        '',
        'Đoạn hai.',
        '=== HẾT BÀI VIẾT ===',
      ].join('\n'),
    )
  })

  it('turns a broadcast target into words at the read rate', () => {
    expect(wordsForSeconds(90, 200)).toBe(300)
    const message = buildUserMessage(
      'radioScript',
      resolveParams('radioScript', { targetSeconds: 90, readRate: 200 }, story),
      story,
    )
    expect(message).toContain(
      'Thời lượng mục tiêu: 90 giây, khoảng 300 chữ lời đọc (tốc độ đọc 200 âm tiết/phút).',
    )
  })

  it('lists the taxonomy for tagging and marks parts of a long story', () => {
    const params = resolveParams('tagging', {}, story)
    const topics = [{ id: 1, name: 'Giao thông', slug: 'giao-thong', keywords: [] }]
    const message = buildUserMessage(
      'tagging',
      params,
      { ...story, headline: '', standfirst: '' },
      {
        topics,
        part: { index: 2, total: 3 },
      },
    )
    expect(message).toContain(
      'Danh mục chủ đề (chỉ chọn trong danh sách này, trả về slug):\n- giao-thong: Giao thông',
    )
    expect(message).toContain('- Đây là phần 2/3 của một bài dài.')
    expect(message).not.toContain('Tít:')
  })

  it('names the target language of a translation', () => {
    const params = resolveParams('translate', { targetLocale: 'en' }, story)
    expect(buildUserMessage('translate', params, story)).toContain('- Ngôn ngữ đích: tiếng Anh (en).')
  })
})
