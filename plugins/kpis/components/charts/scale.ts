/**
 * Scales and axis ticks for the dashboard's hand-written SVG charts. Pure numbers, no DOM, so
 * the geometry is unit-tested and the components only draw what these functions return.
 */

export type Scale = ((value: number) => number) & { domain: [number, number]; range: [number, number] }

/** Maps the domain linearly onto the range; a flat domain maps everything to the range's start. */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0
  const scale = ((value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0))) as Scale
  scale.domain = [d0, d1]
  scale.range = [r0, r1]
  return scale
}

/** 1, 2, 2.5 or 5 × 10^k: the step a reader can add up in their head. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1
  const power = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
  return nice * power
}

export type Ticks = { min: number; max: number; step: number; ticks: number[] }

/**
 * About `count` evenly spaced round ticks covering [min, max], the axis widened to the outer
 * ticks. Figures here are never negative, so a chart always starts at zero unless told otherwise.
 */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  let low = Math.min(min, max)
  let high = Math.max(min, max)
  if (low === high) {
    // One value (often 0 of everything): still draw a readable axis above it.
    high = low === 0 ? 1 : low + Math.abs(low)
    if (low > 0) low = 0
  }
  const step = niceStep((high - low) / Math.max(1, count))
  const start = Math.floor(low / step + 1e-9) * step
  const end = Math.ceil(high / step - 1e-9) * step
  const ticks: number[] = []
  // Rounded to the step's own precision so 0.1 + 0.2 never reaches the axis as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2)
  for (let i = 0; start + i * step <= end + step * 1e-9; i++)
    ticks.push(Number((start + i * step).toFixed(digits)))
  return { min: ticks[0], max: ticks[ticks.length - 1], step, ticks }
}

/**
 * The value axis for some series and optional reference lines (targets): from zero to the
 * largest of them, so a target above every value is still drawn inside the chart.
 */
export function valueDomain(
  values: ReadonlyArray<number | null | undefined>,
  references: number[] = [],
): Ticks {
  const numbers = [...values, ...references].filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  )
  const max = numbers.length ? Math.max(0, ...numbers) : 0
  const min = numbers.length ? Math.min(0, ...numbers) : 0
  return niceTicks(min, max)
}

export type Bands = {
  step: number
  bandwidth: number
  start: number
  x: (index: number) => number
  centre: (index: number) => number
}

/**
 * `count` equal bands across [start, end], each with `padding` (share of the step) left empty
 * between bars. Lines use the band centres, so bars and lines of the same month line up.
 */
export function bandLayout(count: number, [start, end]: [number, number], padding = 0.2): Bands {
  const step = count > 0 ? (end - start) / count : 0
  const bandwidth = step * (1 - padding)
  const x = (index: number) => start + index * step + (step - bandwidth) / 2
  return { step, bandwidth, start, x, centre: (index: number) => start + index * step + step / 2 }
}
