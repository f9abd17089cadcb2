import { createHash } from 'node:crypto'

import type { LedgerRow } from './ledgerRows'

/**
 * The fingerprint of a ledger file: sha256 of its checked rows, one canonical line each, sorted.
 * The same figures come back the same whether the file is CSV or XLSX, UTF-8 or Windows-1258,
 * with commas or semicolons, "1.234.567" or 1234567, rows in another order — all ways the same
 * file is re-saved before being sent again. Pure.
 */
export function ledgerHash(rows: readonly LedgerRow[]): string {
  const lines = rows
    .map((row) =>
      [row.month, row.publication ?? '', row.revenueLine, row.kind, row.amount, row.note].join('\t'),
    )
    .sort()
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex')
}
