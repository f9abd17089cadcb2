/**
 * Nearest-rank percentile (p in 0..100) of a sample: always one of the measured values, so a
 * p95 of 20 runs is the 19th slowest, not an interpolation between two runs.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}
