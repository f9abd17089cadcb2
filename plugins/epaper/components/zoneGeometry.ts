/**
 * Geometry of the admin's zone editor, pure so it is tested apart from React: moving and
 * resizing a rectangle (fractions 0–1 of the page) by a pointer's movement without leaving the page.
 */

export type Box = { x: number; y: number; w: number; h: number }

/** The smallest zone an editor can make by dragging: about a line of text on a broadsheet. */
export const MIN_SIZE = 0.01

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
const round = (value: number) => Math.round(value * 10_000) / 10_000

export function moveBox(box: Box, dx: number, dy: number): Box {
  return {
    ...box,
    x: round(clamp(box.x + dx, 0, 1 - box.w)),
    y: round(clamp(box.y + dy, 0, 1 - box.h)),
  }
}

/** Drags the bottom-right corner. */
export function resizeBox(box: Box, dw: number, dh: number): Box {
  return {
    ...box,
    w: round(clamp(box.w + dw, MIN_SIZE, 1 - box.x)),
    h: round(clamp(box.h + dh, MIN_SIZE, 1 - box.y)),
  }
}

/** A pointer's movement in pixels as fractions of the displayed page. */
export function toFraction(dxPx: number, dyPx: number, widthPx: number, heightPx: number) {
  return { dx: widthPx > 0 ? dxPx / widthPx : 0, dy: heightPx > 0 ? dyPx / heightPx : 0 }
}

/** A new zone in the middle of what the editor sees, inside the page. */
export function newBox(): Box {
  return { x: 0.1, y: 0.1, w: 0.35, h: 0.2 }
}

export const percent = (value: number) => `${(value * 100).toFixed(2)}%`
