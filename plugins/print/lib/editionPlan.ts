import type { PayloadRequest } from 'payload'

import { relationId, type RelationId } from '../../../src/lib/relationId'
import { computeFit, type EditionFit, type FitPageInput } from './fit'
import type { StoryLike } from './storyIcml'

export type EditionDoc = {
  id: RelationId
  title?: string | null
  number: number
  date: string
  status?: string | null
  publication: RelationId | { id: RelationId; name?: string; code?: string; kind?: string }
  pages?: Array<{
    number: number
    section?: RelationId | { id: RelationId; name?: string | null } | null
    colour?: string | null
    note?: string | null
  }> | null
}

export type PlacementDoc = {
  id: RelationId
  page: number
  slot?: string | null
  order?: number | null
  plannedLength?: number | null
  story?:
    | RelationId
    | (StoryLike & { workflowState?: string; print?: { actualLength?: number | null } })
    | null
}

export type EditionPlan = { edition: EditionDoc; placements: PlacementDoc[]; fit: EditionFit }

type StoryDoc = Extract<PlacementDoc['story'], object>

export const storyOf = (placement: PlacementDoc): StoryDoc | null =>
  placement.story && typeof placement.story === 'object' ? placement.story : null

/**
 * What write-to-fit reads of a story. The admin page polls the fit every few seconds: whole
 * stories (bodies, pictures, bylines) of a 24-page edition on every poll would be megabytes.
 */
const FIT_STORY_FIELDS = {
  headline: true,
  slug: true,
  workflowState: true,
  print: { headline: true, actualLength: true },
} as const

/**
 * An edition with its placements and their stories, and the write-to-fit figures. With `content`
 * (the exports) the stories come whole, pictures and bylines populated (depth 2); without it
 * (the fit) only what the figures need. Undefined when the edition does not exist or the user
 * may not read it. Placements are read whole for the page plan: whoever reads the edition
 * reads them.
 */
export async function loadEditionPlan(
  req: PayloadRequest,
  id: RelationId,
  { content = true }: { content?: boolean } = {},
): Promise<EditionPlan | undefined> {
  const edition = (await req.payload
    .findByID({
      collection: 'editions',
      id,
      depth: 1,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    .catch(() => null)) as EditionDoc | null
  if (!edition) return undefined
  const { docs } = await req.payload.find({
    collection: 'placements',
    where: { edition: { equals: edition.id } },
    depth: content ? 2 : 1,
    ...(content
      ? {}
      : {
          select: { page: true, slot: true, order: true, plannedLength: true, story: true },
          populate: { stories: FIT_STORY_FIELDS },
        }),
    pagination: false,
    sort: 'order',
    overrideAccess: true,
    locale: req.locale as never,
    req,
  })
  const placements = docs as unknown as PlacementDoc[]
  const pages: FitPageInput[] = (edition.pages ?? []).map((page) => ({
    number: page.number,
    section:
      page.section && typeof page.section === 'object'
        ? { id: page.section.id, name: page.section.name ?? null }
        : page.section
          ? { id: page.section }
          : null,
    colour: page.colour ?? null,
    note: page.note ?? null,
  }))
  const fit = computeFit(
    pages,
    placements.map((placement) => {
      const story = storyOf(placement)
      return {
        id: placement.id,
        page: placement.page,
        slot: placement.slot,
        order: placement.order,
        plannedLength: placement.plannedLength,
        story: story
          ? {
              id: story.id,
              headline: story.print?.headline?.trim() || story.headline || '',
              slug: story.slug ?? null,
              workflowState: story.workflowState ?? null,
              actualLength: story.print?.actualLength ?? 0,
            }
          : null,
      }
    }),
  )
  return { edition, placements, fit }
}

/** The edition as the endpoints and the manifest describe it. */
export function editionSummary(edition: EditionDoc) {
  const publication = typeof edition.publication === 'object' ? edition.publication : undefined
  return {
    id: edition.id,
    title: edition.title ?? null,
    number: edition.number,
    date: edition.date,
    status: edition.status ?? null,
    publication: publication
      ? { id: publication.id, name: publication.name ?? null, code: publication.code ?? null }
      : { id: relationId(edition.publication) ?? null, name: null, code: null },
  }
}
