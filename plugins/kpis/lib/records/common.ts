/** Paging and story lookups shared by the drill-down listings. */
import type { KpiContext } from '../context'

export type Page = { page: number; limit: number }

export type RecordsPage = {
  docs: Array<Record<string, unknown>>
  totalDocs: number
  /** What the docs are: the records in the KPI's numerator, or every record of its denominator (each flagged). */
  lists: 'numerator' | 'denominator' | 'controls' | 'entries' | 'platforms'
}

/**
 * Who asks for the records: the figures' keepers (managers, admins) see every staff member's
 * training courses, other readers only their own, as the training records collection allows.
 */
export type RecordsReader = { userId?: number | string; seesEveryone: boolean }

export function slicePage<T>(items: readonly T[], { page, limit }: Page): T[] {
  return items.slice((page - 1) * limit, page * limit)
}

export const offsetOf = ({ page, limit }: Page) => (page - 1) * limit

type StoryInfo = { headline: string; desk: { id: number | string; name: string } | null }

/** Vietnamese headline and desk of some stories (one page of them), by id. */
export async function storyInfo(
  ctx: KpiContext,
  ids: ReadonlyArray<number | string>,
): Promise<Map<string, StoryInfo>> {
  if (!ids.length) return new Map()
  const { docs } = await ctx.payload.find({
    collection: 'stories',
    where: { id: { in: [...ids] } },
    select: { headline: true, desk: true } as never,
    depth: 1,
    pagination: false,
    locale: 'vi' as never,
    overrideAccess: true,
  })
  return new Map(
    docs.map((doc) => {
      const story = doc as unknown as { id: number | string; headline?: string; desk?: unknown }
      const desk = story.desk as { id?: number | string; name?: string } | number | null | undefined
      return [
        String(story.id),
        {
          headline: story.headline ?? '',
          desk:
            desk && typeof desk === 'object' && desk.id !== undefined
              ? { id: desk.id, name: desk.name ?? '' }
              : typeof desk === 'number'
                ? { id: desk, name: '' }
                : null,
        },
      ]
    }),
  )
}
