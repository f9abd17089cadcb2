/** Field validators of the ledger's collections; messages name the value, in Vietnamese. */
import type { Validate } from 'payload'

import { vietnamMonth } from '../../../src/lib/vietnamTime'
import { checkAmountNumber } from './amount'
import { isEntryKind } from './lines'
import { FIRST_YEAR, formatMonth, isMonth, monthRangeProblem } from './months'

export const entryMonth: Validate = (value, { siblingData }) => {
  if (!isMonth(value))
    return `"Tháng" phải có dạng YYYY-MM (ví dụ 2026-03), nhận được ${JSON.stringify(value)}.`
  const kind = (siblingData as { kind?: unknown } | undefined)?.kind
  const problem = monthRangeProblem(value, isEntryKind(kind) ? kind : 'plan', new Date())
  return problem ? `"Tháng": ${problem}.` : true
}

export const entryAmount: Validate = (value) => {
  if (value === null || value === undefined) return '"Số tiền" là bắt buộc.'
  if (typeof value !== 'number')
    return `"Số tiền" phải là số đồng nguyên, nhận được ${JSON.stringify(value)}.`
  const checked = checkAmountNumber(value)
  return checked.ok ? true : `"Số tiền": ${checked.message}.`
}

/** A month is closed once it is over or under way, never ahead of time. */
export const periodMonth: Validate = (value) => {
  if (!isMonth(value))
    return `"Tháng" phải có dạng YYYY-MM (ví dụ 2026-03), nhận được ${JSON.stringify(value)}.`
  if (Number(value.slice(0, 4)) < FIRST_YEAR) return `"Tháng" ${formatMonth(value)} trước năm ${FIRST_YEAR}.`
  const current = vietnamMonth(new Date())
  if (value > current)
    return `Chưa thể khóa sổ tháng ${formatMonth(value)}: tháng chưa đến (nay là ${formatMonth(current)}).`
  return true
}
