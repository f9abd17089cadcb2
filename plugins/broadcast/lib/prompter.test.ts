import { describe, expect, it } from '@jest/globals'

import { buildPrompterHtml, buildPrompterText, scriptOf, type PrompterInput } from './prompter'

const input: PrompterInput = {
  title: 'Thời sự tối — 02/09/2026',
  channelName: 'HYTV',
  kind: 'tv',
  date: '2026-09-02',
  startTime: '19:00:00',
  plannedDurationSeconds: 1800,
  entries: [
    {
      number: 1,
      title: 'Mở đầu',
      type: 'break',
      frontTime: '19:00:00',
      plannedSeconds: 20,
      script: '',
    },
    {
      number: 2,
      title: 'Lễ diễu hành <Quốc khánh>',
      type: 'story',
      frontTime: '19:00:20',
      plannedSeconds: 95,
      script: 'Kính chào quý vị.\n[Dẫn vào phóng sự]\n\nSáng nay & chiều nay…',
      notes: 'Máy 2',
    },
  ],
}

describe('prompter text', () => {
  it('lists the items in order with slug, timing and script', () => {
    const text = buildPrompterText(input)
    expect(
      text.startsWith('KỊCH BẢN DẪN — Thời sự tối — 02/09/2026\nHYTV · 02/09/2026 · 19:00:00 · 30:00'),
    ).toBe(true)
    const first = text.indexOf('[1] · 19:00:00 · 0:20 · HÌNH HIỆU, CHUYỂN CẢNH')
    const second = text.indexOf('[2] · 19:00:20 · 1:35 · TIN BÀI')
    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(first)
    expect(text).toContain('LỄ DIỄU HÀNH <QUỐC KHÁNH>\n(Ghi chú: Máy 2)\n\nKính chào quý vị.')
    expect(text).toContain('(Không có lời dẫn)')
    expect(text.trimEnd().endsWith('HẾT')).toBe(true)
  })
})

describe('a withdrawn (killed) story', () => {
  it('shows a warning in place of its words, in text and HTML', () => {
    const withdrawn: PrompterInput = {
      ...input,
      entries: input.entries.map((entry) => (entry.number === 2 ? { ...entry, withdrawn: true } : entry)),
    }
    const text = buildPrompterText(withdrawn)
    expect(text).toContain('LỄ DIỄU HÀNH <QUỐC KHÁNH>\n(Ghi chú: Máy 2)\n\n⚠ TIN ĐÃ BỊ GỠ — KHÔNG ĐỌC.')
    expect(text).not.toContain('Kính chào quý vị')
    const html = buildPrompterHtml(withdrawn)
    expect(html).toContain('<p class="withdrawn">⚠ TIN ĐÃ BỊ GỠ — KHÔNG ĐỌC.')
    expect(html).not.toContain('Kính chào quý vị')
  })
})

describe('prompter HTML', () => {
  it('escapes the text, marks cues and keeps Vietnamese intact', () => {
    const html = buildPrompterHtml(input)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<h2>Lễ diễu hành &lt;Quốc khánh&gt;</h2>')
    expect(html).toContain('<p>Kính chào quý vị.<br><span class="cue">[Dẫn vào phóng sự]</span></p>')
    expect(html).toContain('<p>Sáng nay &amp; chiều nay…</p>')
    expect(html.indexOf('id="item-1"')).toBeLessThan(html.indexOf('id="item-2"'))
  })
})

describe('scriptOf', () => {
  const story = {
    radio: { script: 'Lời đọc phát thanh' },
    // Decomposed "Hưng Yên" as some keyboards type it.
    tv: { script: 'Lời bình Hưng Yên'.normalize('NFD'), shotList: 'Toàn cảnh quảng trường' },
  }
  it('picks the script of the channel kind, composed, without the shot list', () => {
    expect(scriptOf(story, 'radio')).toBe('Lời đọc phát thanh')
    expect(scriptOf(story, 'tv')).toBe('Lời bình Hưng Yên'.normalize('NFC'))
    expect(scriptOf(story, 'tv')).not.toContain('Toàn cảnh')
    expect(scriptOf(undefined, 'tv')).toBe('')
  })
})
