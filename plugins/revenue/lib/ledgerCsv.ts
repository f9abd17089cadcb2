/**
 * The ledger as CSV in the import format (docs/revenue.md), so an export can be corrected in Excel
 * and sent back (with replace=true). UTF-8 with BOM and semicolons: what Vietnamese Excel opens
 * without asking. Pure.
 */
import { COLUMNS, COLUMN_NAMES } from './columns'
import { isEntryKind, isRevenueLine, KIND_LABELS, LINE_INFO } from './lines'

export type ExportEntry = {
  month: string
  publicationCode: string
  line: string
  kind: string
  amount: number
  note?: string | null
}

function field(value: string): string {
  // A cell starting with = + - @ would run as a formula in Excel (CSV injection). The importer
  // drops this quote again (noteOf), so an export comes back as it went out.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function ledgerCsv(entries: readonly ExportEntry[]): string {
  const lines = [COLUMNS.map((column) => COLUMN_NAMES[column]).join(';')]
  for (const entry of entries) {
    lines.push(
      [
        entry.month,
        entry.publicationCode,
        isRevenueLine(entry.line) ? LINE_INFO[entry.line].label.vi : entry.line,
        isEntryKind(entry.kind) ? KIND_LABELS[entry.kind].vi : entry.kind,
        String(entry.amount),
        (entry.note ?? '').replace(/\s+/g, ' ').trim(),
      ]
        .map(field)
        .join(';'),
    )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
