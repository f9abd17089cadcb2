/** Growth in percent, to one decimal; null when there is nothing to grow from. Pure. */
export function growthPct(value: number, base: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(base) || base <= 0) return null
  const rounded = Math.round(((value - base) / base) * 1000) / 10
  // -0 would print as "-0 %".
  return rounded === 0 ? 0 : rounded
}
