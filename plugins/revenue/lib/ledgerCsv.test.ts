import { describe, expect, it } from '@jest/globals'

import { checkLedger } from './ledgerRows'
import { ledgerCsv } from './ledgerCsv'
import { readCsvTable, type Table } from './readTable'

describe('the ledger export', () => {
  const csv = ledgerCsv([
    {
      month: '2026-03',
      publicationCode: 'TV',
      line: 'sponsorship',
      kind: 'actual',
      amount: 1_500_000,
      note: 'Quý; I',
    },
    { month: '2026-03', publicationCode: '', line: 'stateOrders', kind: 'plan', amount: 7, note: '=1+1' },
  ])

  it('writes the import header, semicolons and a BOM, quoting and defusing formulas', () => {
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFtháng;kênh/ấn phẩm;nguồn thu;loại;số tiền;ghi chú',
      '2026-03;TV;Tài trợ;Thực hiện;1500000;"Quý; I"',
      "2026-03;;Đặt hàng, giao nhiệm vụ (ngân sách nhà nước);Kế hoạch;7;'=1+1",
      '',
    ])
  })

  it('reads back through the importer unchanged, formula guard included', () => {
    const read = readCsvTable(Buffer.from(csv, 'utf8'))
    const table = (read as { table: Table }).table
    const { rows, errors } = checkLedger(table, {
      publications: [{ id: 9, code: 'TV', name: 'Truyền hình' }],
      now: new Date('2026-11-22T00:00:00Z'),
    })
    expect(errors).toEqual([])
    expect(rows.map((r) => [r.month, r.publication, r.revenueLine, r.kind, r.amount, r.note])).toEqual([
      ['2026-03', 9, 'sponsorship', 'actual', 1_500_000, 'Quý; I'],
      ['2026-03', null, 'stateOrders', 'plan', 7, '=1+1'],
    ])
  })
})
