import { describe, expect, it } from '@jest/globals'

import { type CellContext, cellText, drillColumns, MAX_COLUMNS, recordPath } from './drillColumns'

const ctx: CellContext = {
  locale: 'vi-VN',
  pick: (label) => label.vi,
  names: {
    role: (value) => ({ manager: 'Lãnh đạo' })[value],
    publication: (value) => ({ '5': 'Kênh Truyền hình Hưng Yên' })[value],
  },
}
const text = (value: unknown, key?: string) => cellText(value, ctx, key)

describe('drillColumns', () => {
  it('puts the known fields first in a fixed order, with Vietnamese headings', () => {
    const columns = drillColumns([
      { aiClass: 'generated', publishedAt: '2026-03-02T01:00:00.000Z', headline: 'Tin A', id: 7 },
    ])
    expect(columns.map((column) => column.key)).toEqual(['id', 'headline', 'publishedAt', 'aiClass'])
    expect(columns[1].label.vi).toBe('Tít')
  })

  it('adds fields nobody named with a readable heading, and hides bookkeeping', () => {
    const columns = drillColumns([{ id: 1, bitrateKbps: 12, updatedAt: 'x', revision: 3, key: 'mfa' }])
    expect(columns.map((column) => column.key)).toEqual(['id', 'bitrateKbps'])
    expect(columns[1].label.vi).toBe('bitrate kbps')
    expect(columns[1].numeric).toBe(true)
  })

  it('collects the fields of every record, not only the first', () => {
    const columns = drillColumns([{ id: 1 }, { id: 2, violations: ['x'] }])
    expect(columns.map((column) => column.key)).toEqual(['id', 'violations'])
  })

  it('orders a security control as a reader checks it: what, required, in force, found', () => {
    const columns = drillColumns([
      { key: 'mfa', label: 'MFA', requirement: 'r', inForce: false, found: 'f', source: 's' },
    ])
    expect(columns.map((column) => column.key)).toEqual([
      'label',
      'requirement',
      'inForce',
      'found',
      'source',
    ])
  })

  it('keeps the table narrow', () => {
    const wide = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`field${i}`, i]))
    expect(drillColumns([wide])).toHaveLength(MAX_COLUMNS)
  })
})

describe('cellText', () => {
  it('writes yes/no, numbers, days and months the Vietnamese way', () => {
    expect(text(true)).toBe('Có')
    expect(text(false)).toBe('Không')
    expect(text(1234.5)).toBe('1.234,5')
    expect(text('2026-03-09')).toBe('09/03/2026')
    expect(text('2026-01', 'month')).toBe('01/2026')
    expect(text(null)).toBe('—')
    expect(text([])).toBe('—')
  })

  it('shows the hour of publication in Vietnam time, and only the day of other dates', () => {
    expect(text('2026-03-01T18:30:00.000Z', 'publishedAt')).toBe('01:30 02/03/2026')
    expect(text('2026-03-01T18:30:00.000Z', 'firstTrainedAt')).toBe('02/03/2026')
  })

  it('gives numbers their unit by field', () => {
    expect(text(1_112_800_000, 'amount')).toBe('1.112.800.000 đ')
    expect(text(0.0605, 'aiShare')).toBe('6,1 %')
    expect(text(86_400, 'airtimeSeconds')).toBe('24 giờ')
    expect(text(12345, 'id')).toBe('12345')
  })

  it('names codes and ids it has a name for, and shows the rest as they are', () => {
    expect(text('manager', 'role')).toBe('Lãnh đạo')
    expect(text(5, 'publication')).toBe('Kênh Truyền hình Hưng Yên')
    expect(text(6, 'publication')).toBe('6')
    expect(text('reporter', 'role')).toBe('reporter')
  })

  it('names related documents and bilingual labels', () => {
    expect(text({ id: 3, name: 'Ban Kinh tế' })).toBe('Ban Kinh tế')
    expect(text({ vi: 'Đạt', en: 'Met' })).toBe('Đạt')
    expect(
      text([
        { id: 1, name: 'Web' },
        { id: 2, name: 'Zalo' },
      ]),
    ).toBe('Web; Zalo')
  })

  it('gives a training record its course with hours and day', () => {
    expect(text([{ id: 2, course: 'Báo chí dữ liệu', hours: 16, date: '2026-04-10T05:00:00.000Z' }])).toBe(
      'Báo chí dữ liệu (16 giờ, 10/04/2026)',
    )
  })

  it('spells out small objects and cuts long text', () => {
    expect(text({ en: 'Nearly 90% filed online' }, 'headlines')).toBe('en: Nearly 90% filed online')
    expect(text('x'.repeat(500))).toHaveLength(240)
  })

  it('writes English in English', () => {
    expect(cellText(true, { locale: 'en-GB', pick: (label) => label.en })).toBe('Yes')
    expect(cellText(8, { locale: 'en-GB', pick: (label) => label.en }, 'hours')).toBe('8 h')
  })
})

describe('recordPath', () => {
  it('opens stories and users in the admin, nothing else', () => {
    expect(recordPath({ id: 4, headline: 'Tin' })).toBe('/collections/stories/4')
    expect(recordPath({ id: 5, fullName: 'Nguyễn Văn A' })).toBe('/collections/users/5')
    expect(recordPath({ id: 'tls', label: 'HTTPS' })).toBeNull()
    expect(recordPath({ headline: 'no id' })).toBeNull()
  })
})
