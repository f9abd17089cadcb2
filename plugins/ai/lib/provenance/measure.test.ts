import { describe, expect, it } from '@jest/globals'

import { classify, measureStory, shareOf } from './measure'

const thresholds = { assistedMinShare: 0.05, generatedMinShare: 0.5, taggingCountsAsAssisted: true }

describe('measureStory', () => {
  const body = 'Phóng viên viết toàn bộ thân bài về mùa nhãn lồng ở xã Khoái Châu năm nay.'
  const aiHeadline = 'Nhãn lồng Khoái Châu được mùa, được giá'

  it('measures a human story as zero AI characters', () => {
    const m = measureStory({ headline: 'Tít do người viết', body }, [])
    expect(m.channels.website).toEqual({ chars: 'Tít do người viết'.length + body.length, aiChars: 0 })
    expect(classify(m.channels.website, false, thresholds)).toBe('human')
  })

  it('counts an accepted headline in the web and print versions but not in radio', () => {
    const m = measureStory({ headline: aiHeadline, body, 'radio.script': 'Lời đọc do người viết.' }, [
      { field: 'headline', aiText: aiHeadline },
    ])
    expect(m.fields.headline).toEqual({ chars: aiHeadline.length, aiChars: aiHeadline.length })
    expect(m.channels.website.aiChars).toBe(aiHeadline.length)
    expect(m.channels.print.aiChars).toBe(aiHeadline.length)
    expect(m.channels.radio.aiChars).toBe(0)
    expect(classify(m.channels.website, false, thresholds)).toBe('assisted')
    expect(classify(m.channels.radio, false, thresholds)).toBe('human')
  })

  it('uses the print text when it has one and the body when it is empty', () => {
    const cut = 'Bản cắt ngắn cho báo in do AI đề xuất.'
    const own = measureStory({ body, 'print.text': cut }, [{ field: 'print.text', aiText: cut }])
    expect(own.channels.print).toEqual({ chars: cut.length, aiChars: cut.length })
    expect(classify(own.channels.print, false, thresholds)).toBe('generated')
    const fallback = measureStory({ body, 'print.text': '' }, [{ field: 'print.text', aiText: cut }])
    expect(fallback.channels.print).toEqual({ chars: body.length, aiChars: 0 })
  })

  it('never counts two suggestions in one field twice', () => {
    const m = measureStory({ headline: aiHeadline }, [
      { field: 'headline', aiText: aiHeadline },
      { field: 'headline', aiText: aiHeadline },
    ])
    expect(m.fields.headline?.aiChars).toBe(aiHeadline.length)
    expect(m.surviving).toEqual([aiHeadline.length, aiHeadline.length])
  })

  it('falls to human once editors have rewritten the AI text', () => {
    const m = measureStory({ 'social.text': 'Biên tập viên viết lại hoàn toàn đoạn giới thiệu này.' }, [
      { field: 'social.text', aiText: 'Zzz qqq xxx' },
    ])
    expect(shareOf(m.channels.social)).toBeLessThan(0.05)
    expect(classify(m.channels.social, false, thresholds)).toBe('human')
  })

  it('makes accepted tags count as assisted only when the setting says so', () => {
    const none = { chars: 100, aiChars: 0 }
    expect(classify(none, true, thresholds)).toBe('assisted')
    expect(classify(none, true, { ...thresholds, taggingCountsAsAssisted: false })).toBe('human')
  })
})
