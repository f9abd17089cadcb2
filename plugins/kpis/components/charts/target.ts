import type { Scale } from './scale'

/**
 * Where a target is drawn: a horizontal line across the plot at the target's value. `inside`
 * is false only when the axis was not widened to it (the caller then says so in words).
 */
export function targetLine(
  value: number,
  y: Scale,
  [left, right]: [number, number],
): { x1: number; x2: number; y: number; inside: boolean } {
  const position = Math.round(y(value) * 10) / 10
  const [top, bottom] = [Math.min(...y.range), Math.max(...y.range)]
  return { x1: left, x2: right, y: position, inside: position >= top - 0.05 && position <= bottom + 0.05 }
}

/**
 * The monthly revenue the growth target asks for: the baseline year's average month grown by
 * the target percentage (e.g. 2024's monthly average × 1.2 for the 2030 target of +20 %).
 * Null when the baseline year has no revenue recorded, as growth is then undefined.
 */
export function monthlyRevenueTarget(
  baselineActual: number | null | undefined,
  targetPct: number | null | undefined,
): number | null {
  if (typeof baselineActual !== 'number' || !(baselineActual > 0)) return null
  if (typeof targetPct !== 'number' || !Number.isFinite(targetPct)) return null
  return Math.round((baselineActual / 12) * (1 + targetPct / 100))
}

/** The threshold a KPI must reach: its minimum, else (a "no more than" target) its maximum. */
export function targetValue(target: { min?: number; max?: number } | null | undefined): number | null {
  if (!target) return null
  if (typeof target.min === 'number') return target.min
  if (typeof target.max === 'number') return target.max
  return null
}
