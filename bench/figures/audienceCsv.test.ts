import { describe, expect, it } from '@jest/globals'

import { parseAudienceCsv } from '../../plugins/audience/lib/audienceCsv'
import { decodeText } from '../../src/lib/imports/decodeText'
import {
  audienceFile,
  dayRows,
  decimalComma,
  groupThousands,
  monthRows,
  planAudience,
  planRows,
  type AudienceStory,
} from './audienceCsv'

const KINDS = ['web', 'web', 'tv', 'radio'] as const
const stories: AudienceStory[] = Array.from({ length: 400 }, (_, i) => ({
  slug: `tin-bai-so-${i + 1}`,
  section: 'thoi-su',
  day: new Date(Date.UTC(2025, 0, 1 + Math.floor((i * 365) / 400))).toISOString().slice(0, 10),
  kind: KINDS[i % KINDS.length]!,
}))

describe('the audience plan', () => {
  const plans = planAudience(stories, 9_000, '2025-12-30', 7)
  const rows = plans.flatMap((plan) => planRows(plan, 7))

  it('gives exactly the rows asked for, none after the last day, none repeated', () => {
    expect(plans.reduce((sum, plan) => sum + plan.rows, 0)).toBe(9_000)
    expect(rows).toHaveLength(9_000)
    expect(rows.every((row) => row.day <= '2025-12-30' && row.day >= stories[row.story]!.day)).toBe(true)
    expect(new Set(rows.map((row) => `${row.story}|${row.platform}|${row.day}`)).size).toBe(9_000)
  })

  it('splits into months that add up to the year', () => {
    let total = 0
    for (let m = 1; m <= 12; m++) total += monthRows(plans, `2025-${String(m).padStart(2, '0')}`, 7).length
    expect(total).toBe(9_000)
  })

  it('refuses more rows than the stories can carry', () => {
    expect(() => planAudience(stories.slice(0, 3), 10_000, '2025-12-30', 7)).toThrow(/cannot carry/)
  })

  it('holds back a day no plan reaches', () => {
    const held = dayRows(stories, '2025-12-31', 8)
    expect(held.length).toBeGreaterThan(0)
    const planned = new Set(rows.map((row) => `${row.story}|${row.platform}|${row.day}`))
    expect(held.some((row) => planned.has(`${row.story}|${row.platform}|${row.day}`))).toBe(false)
  })
})

describe('an export file', () => {
  const plans = planAudience(stories, 9_000, '2025-12-30', 7)
  const file = audienceFile('thang-3.csv', stories, monthRows(plans, '2025-03', 7))

  it('is read by the audience import line for line, with the same totals', () => {
    const { text } = decodeText(file.bytes, 'auto')
    const parsed = parseAudienceCsv(text, { today: '2026-01-01' })
    expect(parsed.errors).toEqual([])
    expect(parsed.rows.length).toBe(file.rows)
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
    expect(sum(parsed.rows.measures.views)).toBe(file.totals.views)
    expect(sum(parsed.rows.measures.mobileViews)).toBe(file.totals.mobileViews)
    expect(Math.round(sum(parsed.rows.measures.watchMinutes) * 10) / 10).toBe(file.totals.watchMinutes)
    expect(parsed.rows.keys.every((key) => key.startsWith('tin-bai-so-'))).toBe(true)
  })

  it('writes counts and minutes as a Vietnamese spreadsheet does', () => {
    expect(groupThousands(1234567)).toBe('1.234.567')
    expect(groupThousands(999)).toBe('999')
    expect(decimalComma(1250.5)).toBe('1250,5')
    expect(decimalComma(12)).toBe('12')
  })
})
