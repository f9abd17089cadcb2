/** SVG path strings for the line charts. Coordinates are rounded to 0.1 px: smaller is noise. */

export type Point = { x: number; y: number }

const round = (value: number) => Math.round(value * 10) / 10

/**
 * A polyline through the points; a missing point (a month without records) breaks the line
 * instead of drawing it down to zero, which would read as a real zero.
 */
export function linePath(points: ReadonlyArray<Point | null>): string {
  const parts: string[] = []
  let drawing = false
  for (const point of points) {
    if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y)) {
      drawing = false
      continue
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`)
    drawing = true
  }
  return parts.join(' ')
}

/**
 * Points that stand alone (no neighbour to draw a segment to) and so would be invisible as a
 * path: they get a dot instead.
 */
export function isolatedPoints(points: ReadonlyArray<Point | null>): Point[] {
  return points.filter(
    (point, index): point is Point => point !== null && !points[index - 1] && !points[index + 1],
  )
}

/** The points of a series on a chart: x from the band centres, y from the value scale. */
export function seriesPoints(
  values: ReadonlyArray<number | null | undefined>,
  x: (index: number) => number,
  y: (value: number) => number,
): Array<Point | null> {
  return values.map((value, index) =>
    typeof value === 'number' && Number.isFinite(value) ? { x: x(index), y: y(value) } : null,
  )
}

/** A vertical bar from the baseline up to the value, never with a negative height. */
export function barRect(
  value: number,
  x: number,
  width: number,
  y: (value: number) => number,
): { x: number; y: number; width: number; height: number } {
  const top = y(Math.max(0, value))
  const bottom = y(0)
  return {
    x: round(x),
    y: round(Math.min(top, bottom)),
    width: round(width),
    height: round(Math.abs(bottom - top)),
  }
}

/** A horizontal bar from the baseline to the value, for categories with long names. */
export function horizontalBarRect(
  value: number,
  y: number,
  height: number,
  x: (value: number) => number,
): { x: number; y: number; width: number; height: number } {
  const vertical = barRect(value, y, height, x)
  return { x: vertical.y, y: vertical.x, width: vertical.height, height: vertical.width }
}
