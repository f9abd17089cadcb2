import { describe, expect, it } from '@jest/globals'

import { estimateReadSeconds } from '../../../../src/lib/textMeasure'
import { floodStory, investmentStory, schoolStory } from './fixtures'
import { radioScriptOptions, withOpening } from './radioScript'
import { analyseStory } from './scoring'

const script = (story = investmentStory, targetSeconds?: number, readRate = 220) =>
  radioScriptOptions(story, analyseStory(story), { targetSeconds, readRate })

describe('withOpening', () => {
  it('continues the opening into the lead, lower-casing a common first word', () => {
    expect(withOpening('Sáng ngày mười hai tháng ba, tỉnh họp.')).toBe(
      'Thưa quý thính giả, sáng ngày mười hai tháng ba, tỉnh họp.',
    )
  })

  it('keeps the capital of a name', () => {
    expect(withOpening('Ủy ban nhân dân tỉnh họp.')).toBe('Thưa quý thính giả, Ủy ban nhân dân tỉnh họp.')
    expect(withOpening('Quảng Ngãi mưa lớn.')).toBe('Thưa quý thính giả, Quảng Ngãi mưa lớn.')
  })
})

describe('radioScriptOptions', () => {
  it('opens with the spoken standfirst and reads the rest in words', () => {
    const [option] = script()
    expect(
      option.text.startsWith(
        'Thưa quý thính giả, sáng ngày mười hai tháng ba, Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm hai nghìn không trăm hai mươi lăm.',
      ),
    ).toBe(true)
    expect(option.text).not.toMatch(/\d|UBND|KCN|https?:|\(/)
    expect(option.note).toBe(`Ước tính ${estimateReadSeconds(option.text, 220)} giây (đọc 220 âm tiết/phút).`)
  })

  it('does not read the lead twice when the standfirst already says it', () => {
    const [option] = script(schoolStory)
    expect(option.text.match(/gần mười tám nghìn/g)).toHaveLength(1)
  })

  it('fits the target by dropping the weakest later sentences and says so', () => {
    const full = script(floodStory)[0].text
    const [fitted] = script(floodStory, 60)
    const seconds = estimateReadSeconds(fitted.text, 220)
    expect(seconds).toBeLessThanOrEqual(60)
    expect(fitted.text.length).toBeLessThan(full.length)
    expect(fitted.text.startsWith('Thưa quý thính giả, do ảnh hưởng của hoàn lưu bão số ba')).toBe(true)
    expect(fitted.note).toMatch(
      new RegExp(`^Ước tính ${seconds} giây \\(đọc 220 âm tiết/phút\\), mục tiêu 60 giây\\. Đã bỏ \\d+ câu`),
    )
    // What is kept stays in story order.
    const paragraphs = fitted.text.split('\n\n')
    const positions = paragraphs.map((p) => full.indexOf(p.slice(0, 40)))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('keeps the lead even when it alone is longer than the target', () => {
    const [option] = script(investmentStory, 5)
    expect(option.text).toMatch(/^Thưa quý thính giả, sáng ngày mười hai tháng ba/)
    expect(option.text.split('\n\n')).toHaveLength(1)
    expect(option.note).toMatch(/Vẫn dài hơn mục tiêu/)
  })

  it('uses the read rate given', () => {
    const [slow] = script(floodStory, 60, 150)
    expect(estimateReadSeconds(slow.text, 150)).toBeLessThanOrEqual(60)
    expect(slow.note).toMatch(/đọc 150 âm tiết\/phút/)
  })

  it('falls back to the headline when there is no text', () => {
    const story = { locale: 'vi', headline: 'Mưa lớn gây ngập 1.200 ha lúa', standfirst: '', body: '' }
    expect(script(story)[0].text).toBe('Thưa quý thính giả, mưa lớn gây ngập một nghìn hai trăm héc-ta lúa')
  })
})
