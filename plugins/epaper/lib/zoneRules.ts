/**
 * What makes an article zone acceptable: a rectangle inside its page, in fractions 0–1 of the
 * page's width and height with the origin at the top left. Pure, so the REST hook, the worker and
 * the admin's editor apply the same rule and the same Vietnamese message.
 */

export type ZoneShape = { x?: unknown; y?: unknown; w?: unknown; h?: unknown }

/** Rounding in clients (a slider, a drag) may land a hair past the edge. */
export const EDGE_TOLERANCE = 0.0005

const format = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 4 })

/** The problem with the zone at `index` (0-based), or undefined when it is fine. */
export function zoneProblem(zone: ZoneShape, index: number): string | undefined {
  const name = `Vùng ${index + 1}`
  for (const key of ['x', 'y', 'w', 'h'] as const) {
    const value = zone[key]
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return `${name}: "${key}" phải là một số (tỉ lệ 0–1 của trang).`
    }
  }
  const { x, y, w, h } = zone as { x: number; y: number; w: number; h: number }
  if (w <= 0 || h <= 0) return `${name}: chiều rộng (w) và chiều cao (h) phải lớn hơn 0.`
  if (x < 0 || y < 0) {
    return `${name} nằm ngoài trang: x và y không được âm (x = ${format(x)}, y = ${format(y)}).`
  }
  if (x + w > 1 + EDGE_TOLERANCE) {
    return `${name} nằm ngoài trang: x + w = ${format(x + w)} vượt quá mép phải (1).`
  }
  if (y + h > 1 + EDGE_TOLERANCE) {
    return `${name} nằm ngoài trang: y + h = ${format(y + h)} vượt quá mép dưới (1).`
  }
  return undefined
}

/** The first problem among the zones, in order. */
export function firstZoneProblem(zones: readonly ZoneShape[]): string | undefined {
  for (const [index, zone] of zones.entries()) {
    const problem = zoneProblem(zone ?? {}, index)
    if (problem) return problem
  }
  return undefined
}
