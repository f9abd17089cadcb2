/**
 * Write-to-fit: how each placed story's length compares with the space planned for it, and
 * each page's totals. Pure, so the admin page, the fit endpoint and the package manifest agree.
 */

/** Within ±5 % of the plan a story fits: the sub-editor absorbs that with leading and a photo crop. */
export const FIT_TOLERANCE = 0.05

export type FitStatus = 'fits' | 'short' | 'over' | 'unplanned'

export type FitStoryInput = {
  id: number | string
  headline: string
  slug?: string | null
  workflowState?: string | null
  /** Characters as the story hook counts them (story.print.actualLength). */
  actualLength?: number | null
}

export type FitPlacementInput = {
  id: number | string
  page: number
  slot?: string | null
  order?: number | null
  plannedLength?: number | null
  /** Null when the story was deleted after it was placed. */
  story: FitStoryInput | null
}

export type FitPageInput = {
  number: number
  section?: { id: number | string; name?: string | null } | null
  colour?: string | null
  note?: string | null
}

export type PlacementFit = {
  id: number | string
  page: number
  slot: string | null
  order: number
  story: FitStoryInput | null
  planned: number | null
  actual: number
  /** actual − planned: negative means the story is short of its space. */
  difference: number | null
  /** actual as a percentage of planned. */
  percent: number | null
  status: FitStatus
}

export type FitTotals = {
  planned: number
  actual: number
  difference: number
  percent: number | null
  status: FitStatus
  placements: number
}

export type PageFit = {
  number: number
  section: { id: number | string; name?: string | null } | null
  colour: string | null
  note: string | null
  placements: PlacementFit[]
  totals: FitTotals
}

export type EditionFit = {
  tolerance: number
  pages: PageFit[]
  /** Placements on a page the edition no longer has (only trusted code can leave them). */
  orphans: PlacementFit[]
  totals: FitTotals
}

export function fitStatus(
  planned: number | null | undefined,
  actual: number,
  tolerance = FIT_TOLERANCE,
): FitStatus {
  if (!planned || planned <= 0) return 'unplanned'
  const difference = actual - planned
  if (Math.abs(difference) <= planned * tolerance) return 'fits'
  return difference < 0 ? 'short' : 'over'
}

const percentOf = (actual: number, planned: number) =>
  planned > 0 ? Math.round((actual / planned) * 100) : null

export function placementFit(placement: FitPlacementInput, tolerance = FIT_TOLERANCE): PlacementFit {
  const planned = placement.plannedLength && placement.plannedLength > 0 ? placement.plannedLength : null
  const actual = Math.max(0, Math.round(placement.story?.actualLength ?? 0))
  return {
    id: placement.id,
    page: placement.page,
    slot: placement.slot?.trim() || null,
    order: placement.order ?? 0,
    story: placement.story,
    planned,
    actual,
    difference: planned === null ? null : actual - planned,
    percent: planned === null ? null : percentOf(actual, planned),
    status: fitStatus(planned, actual, tolerance),
  }
}

/**
 * Totals count every placed story's characters (an unplanned story still takes room on the
 * page) against the sum of the plans.
 */
export function totalsOf(placements: PlacementFit[], tolerance = FIT_TOLERANCE): FitTotals {
  const planned = placements.reduce((sum, p) => sum + (p.planned ?? 0), 0)
  const actual = placements.reduce((sum, p) => sum + p.actual, 0)
  return {
    planned,
    actual,
    difference: actual - planned,
    percent: percentOf(actual, planned),
    status: fitStatus(planned, actual, tolerance),
    placements: placements.length,
  }
}

const byOrder = (a: PlacementFit, b: PlacementFit) =>
  a.order - b.order ||
  String(a.slot ?? '').localeCompare(String(b.slot ?? ''), 'vi') ||
  Number(a.id) - Number(b.id)

export function computeFit(
  pages: FitPageInput[],
  placements: FitPlacementInput[],
  tolerance = FIT_TOLERANCE,
): EditionFit {
  const fits = placements.map((p) => placementFit(p, tolerance))
  const numbers = new Set(pages.map((page) => page.number))
  const pageFits = [...pages]
    .sort((a, b) => a.number - b.number)
    .map((page): PageFit => {
      const onPage = fits.filter((p) => p.page === page.number).sort(byOrder)
      return {
        number: page.number,
        section: page.section ?? null,
        colour: page.colour ?? null,
        note: page.note?.trim() || null,
        placements: onPage,
        totals: totalsOf(onPage, tolerance),
      }
    })
  const orphans = fits.filter((p) => !numbers.has(p.page)).sort((a, b) => a.page - b.page || byOrder(a, b))
  return { tolerance, pages: pageFits, orphans, totals: totalsOf(fits, tolerance) }
}
