import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { editionTitle } from '../lib/editionDate'
import { placementFit } from '../lib/fit'
import { refuseNonStaff, routeId } from './guards'

type Edition = { id: number | string; title?: string; number?: number; date?: string; status?: string }
type Placement = {
  id: number | string
  page: number
  slot?: string | null
  order?: number | null
  plannedLength?: number | null
  edition?: Edition | number | string | null
}

/**
 * `GET /api/stories/:id/placements`: where the story is placed in print editions, newest edition
 * first, each with its write-to-fit verdict against the story's current length.
 */
export const storyPlacementsEndpoint: Endpoint = {
  path: '/:id/placements',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const id = routeId(req, 'tin bài')
    if (id instanceof Response) return id
    const story = (await req.payload
      .findByID({
        collection: 'stories',
        id,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
        locale: req.locale as never,
        req,
      })
      .catch(() => null)) as {
      id: number | string
      headline?: string
      print?: { plannedLength?: number | null; actualLength?: number | null }
    } | null
    if (!story) return errorResponse(404, `Không có tin bài "${id}".`)
    const { docs } = await req.payload.find({
      collection: 'placements',
      where: { story: { equals: story.id } },
      depth: 1,
      // The edition populated; the story is the one already read (the story's panel reads this on each save).
      select: { page: true, slot: true, order: true, plannedLength: true, edition: true },
      populate: { editions: { title: true, number: true, date: true, status: true } },
      pagination: false,
      overrideAccess: true,
      req,
    })
    const actualLength = story.print?.actualLength ?? 0
    const placements = (docs as unknown as Placement[])
      .map((placement) => {
        const edition = typeof placement.edition === 'object' ? placement.edition : null
        const fit = placementFit({
          ...placement,
          story: { id: story.id, headline: story.headline ?? '', actualLength },
        })
        return {
          id: placement.id,
          page: placement.page,
          slot: fit.slot,
          order: fit.order,
          edition: edition
            ? {
                id: edition.id,
                title: edition.title ?? editionTitle(edition.number, edition.date),
                number: edition.number ?? null,
                date: edition.date ?? null,
                status: edition.status ?? null,
              }
            : null,
          planned: fit.planned,
          actual: fit.actual,
          difference: fit.difference,
          percent: fit.percent,
          status: fit.status,
        }
      })
      .sort((a, b) => String(b.edition?.date ?? '').localeCompare(String(a.edition?.date ?? '')))
    return Response.json(
      {
        story: {
          id: story.id,
          headline: story.headline ?? null,
          plannedLength: story.print?.plannedLength ?? null,
          actualLength,
        },
        docs: placements,
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
