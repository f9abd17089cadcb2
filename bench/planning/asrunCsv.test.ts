import { describe, expect, it } from '@jest/globals'

import { parseScheduleCsv } from '../../plugins/airtime/lib/scheduleCsv'
import { addDays, asRunCsv, asRunDays, badLine } from './asrunCsv'

describe('the generated as-run month', () => {
  const items = asRunDays('2026-03-01', 30, 2026)
  const parsed = parseScheduleCsv(asRunCsv(items))

  it('is a file the import accepts, line for line', () => {
    expect(parsed.errors).toEqual([])
    expect(parsed).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' })
    expect(parsed.rows).toHaveLength(items.length)
    expect(parsed.rows[0]?.title).toBe(items[0]?.title.normalize('NFC'))
  })

  it('covers every day from 00:00 to 24:00 without a gap, with about 96 items a day', () => {
    for (let day = 0; day < 30; day++) {
      const date = addDays('2026-03-01', day)
      const rows = parsed.rows.filter((row) => row.date === date)
      expect(rows.length).toBeGreaterThan(70)
      expect(rows.length).toBeLessThan(125)
      let t = 0
      for (const row of rows) {
        expect(row.startSeconds).toBe(t)
        t += row.durationSeconds
      }
      expect(t).toBe(86_400)
    }
  })

  it('is refused by its bad line only', () => {
    const file = asRunCsv(asRunDays('2026-04-01', 2, 7).slice(0, 99), [badLine('2026-04-02')])
    const result = parseScheduleCsv(file)
    expect(result.errors.map((error) => error.line)).toEqual([101])
  })
})
