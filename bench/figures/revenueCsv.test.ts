import { describe, expect, it } from '@jest/globals'

import { checkLedger } from '../../plugins/revenue/lib/ledgerRows'
import { readCsvTable } from '../../plugins/revenue/lib/readTable'
import { revenueFiles } from './revenueCsv'

const CODES = ['BHY', 'BHY-WEB', 'HYTV', 'HY-FM']
const publications = CODES.map((code, i) => ({ id: i + 1, code, name: `Kênh ${code}` }))

describe('the generated revenue ledger', () => {
  const files = revenueFiles([2024, 2025], 1_001, ['', ...CODES], 11)

  it('has exactly the rows asked for, split over the years', () => {
    expect(files.map((file) => file.rows)).toEqual([501, 500])
  })

  it('is accepted by the revenue import, with the same actual total', () => {
    for (const file of files) {
      const read = readCsvTable(file.bytes)
      if (!read.ok) throw new Error(JSON.stringify(read.problems))
      const checked = checkLedger(read.table, { publications, now: new Date('2026-06-01T00:00:00Z') })
      expect(checked.errors).toEqual([])
      expect(checked.rows).toHaveLength(file.rows)
      const actual = checked.rows
        .filter((row) => row.kind === 'actual')
        .reduce((sum, row) => sum + row.amount, 0)
      expect(actual).toBe(file.actual)
    }
  })

  it('grows about 15 % in the second year', () => {
    const [first, second] = revenueFiles([2024, 2025], 2_400, ['', ...CODES], 11)
    const growth = second!.actual / first!.actual - 1
    expect(growth).toBeGreaterThan(0.1)
    expect(growth).toBeLessThan(0.2)
  })

  it('refuses more rows than the channels and lines can hold', () => {
    expect(() => revenueFiles([2024, 2025], 100_000, [''], 11)).toThrow(/slots/)
  })
})
