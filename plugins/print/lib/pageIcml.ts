import { storyOf, type EditionPlan } from './editionPlan'
import { buildIcml } from './icml'
import { toIcmlStory } from './storyIcml'

export const pageFolder = (page: number) => `trang-${String(page).padStart(2, '0')}`

/** The stories of one page in their order on it (placements of deleted stories left out). */
export function pageStories(plan: EditionPlan, page: number) {
  return (plan.fit.pages.find((p) => p.number === page)?.placements ?? [])
    .map((fit) => plan.placements.find((p) => p.id === fit.id))
    .map((placement) => (placement ? storyOf(placement) : null))
    .filter((story) => story !== null)
}

/** One ICML with the page's stories one after the other; undefined when the page has none. */
export function pageIcml(plan: EditionPlan, page: number, linksDir: string): string | undefined {
  const stories = pageStories(plan, page)
  if (!stories.length) return undefined
  const title = `${plan.edition.title ?? `Số ${plan.edition.number}`} — trang ${page}`
  return buildIcml(
    stories.map((story) => toIcmlStory(story, linksDir)),
    { title },
  )
}
