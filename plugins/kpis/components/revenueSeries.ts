/**
 * The revenue ledger's months as chart series. The report gives 0 for months nobody has booked
 * yet; drawn as zeros they would read as a collapse, so trailing empty months become gaps.
 */

export type MonthAmounts = { month: string; plan: number; actual: number; previousYearActual: number }

/** Values after the last non-zero one become null (not booked yet); earlier zeros stay real. */
export function trimTrailingZeros(values: number[]): Array<number | null> {
  let last = -1
  values.forEach((value, index) => {
    if (value !== 0) last = index
  })
  return values.map((value, index) => (index > last ? null : value))
}

export function revenueSeries(months: ReadonlyArray<MonthAmounts>) {
  return {
    months: months.map((month) => month.month),
    actual: trimTrailingZeros(months.map((month) => month.actual)),
    plan: trimTrailingZeros(months.map((month) => month.plan)),
    previous: trimTrailingZeros(months.map((month) => month.previousYearActual)),
  }
}

/** Share of a part in a whole as a percentage with one decimal, null when the whole is 0. */
export function sharePct(part: number, whole: number): number | null {
  if (!(whole > 0)) return null
  return Math.round((part / whole) * 1000) / 10
}

/** Growth of `current` over `base` in per cent, one decimal; null without a base. */
export function growthPct(current: number, base: number): number | null {
  if (!(base > 0)) return null
  return Math.round(((current - base) / base) * 1000) / 10
}
