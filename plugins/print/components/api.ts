import type { EditionFit, FitStatus, PageFit, PlacementFit } from '../lib/fit'
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

/** Shapes of the print REST answers, as the admin components read them. */

export type Id = number | string

export type EditionSummary = {
  id: Id
  title: string | null
  number: number
  date: string
  status: string | null
  publication: { id: Id | null; name: string | null; code: string | null }
}

/** `GET /api/editions/:id/fit` */
export type FitAnswer = EditionFit & { edition: EditionSummary; generatedAt: string }
export type { FitStatus, PageFit, PlacementFit }

export type EditionListItem = { id: Id; title?: string | null; date?: string; status?: string | null }

/** `GET /api/stories/:id/placements` */
export type StoryPlacements = {
  story: { id: Id; headline: string | null; plannedLength: number | null; actualLength: number }
  docs: Array<{
    id: Id
    page: number
    slot: string | null
    edition: { id: Id; title: string; status: string | null } | null
    planned: number | null
    actual: number
    difference: number | null
    percent: number | null
    status: FitStatus
  }>
}
