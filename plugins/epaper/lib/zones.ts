import { foldVietnamese } from '../../../src/lib/vietnamese'
import type { TextBlock } from './bbox'

/**
 * Proposes article zones on a printed page: which rectangle of the page holds which story, found by
 * matching the text poppler read from the PDF against the stories planned for the page. Pure: the
 * job hands it the blocks and the candidate stories' text.
 *
 * Vietnamese is written in syllables, so single syllables ("của", "các", "người") are shared by
 * every article; pairs of adjacent syllables (bigrams, after folding the diacritics) are what tell
 * two stories apart.
 */

export type StoryText = { id: number | string; headline: string; text: string }

export type Rect = { x: number; y: number; w: number; h: number }

export type ProposedZone = Rect & { story: number | string; score: number; blocks: number }

export type ProposeOptions = {
  /** Share of a block's bigrams that must belong to a story for the block to be the story's. */
  minBlockShare?: number
  /** Distinct bigrams a story must share with its blocks; fewer is a coincidence (a stock phrase). */
  minSharedBigrams?: number
  /** Zones scoring below this are dropped. */
  minScore?: number
  /** Blocks this close (fraction of the page) belong to the same cluster. */
  gap?: number
  /** Margin added around the zone so it covers the text's ascenders and descenders. */
  padding?: number
}

const DEFAULTS: Required<ProposeOptions> = {
  minBlockShare: 0.5,
  minSharedBigrams: 6,
  minScore: 0.5,
  gap: 0.03,
  padding: 0.004,
}

/** How much of a long story is compared: a page rarely holds more than this many words of one story. */
export const MAX_STORY_WORDS = 3000

export function syllables(text: string): string[] {
  return foldVietnamese(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

export function bigrams(words: readonly string[]): Set<string> {
  const pairs = new Set<string>()
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`)
  return pairs
}

type Assigned = { block: TextBlock; shared: Set<string>; size: number }

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x - gap <= b.x + b.w && b.x - gap <= a.x + a.w && a.y - gap <= b.y + b.h && b.y - gap <= a.y + a.h

export function unionRect(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x))
  const y = Math.min(...rects.map((r) => r.y))
  const right = Math.max(...rects.map((r) => r.x + r.w))
  const bottom = Math.max(...rects.map((r) => r.y + r.h))
  return { x, y, w: right - x, h: bottom - y }
}

/**
 * Groups blocks that touch (within `gap`) and keeps the group with the most matching text, so a
 * stray line elsewhere on the page (a teaser, a "continued on page 5") does not stretch the zone
 * over the neighbouring stories.
 */
function mainCluster(items: Assigned[], gap: number): Assigned[] {
  const parent = items.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (overlaps(items[i]!.block, items[j]!.block, gap)) parent[root(i)] = root(j)
  const groups = new Map<number, Assigned[]>()
  items.forEach((item, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), item]))
  const weight = (group: Assigned[]) => group.reduce((sum, item) => sum + item.shared.size, 0)
  return [...groups.values()].sort((a, b) => weight(b) - weight(a))[0] ?? []
}

const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places

function padded(rect: Rect, padding: number): Rect {
  const x = Math.max(0, rect.x - padding)
  const y = Math.max(0, rect.y - padding)
  const right = Math.min(1, rect.x + rect.w + padding)
  const bottom = Math.min(1, rect.y + rect.h + padding)
  return { x: round(x), y: round(y), w: round(right - x), h: round(bottom - y) }
}

/**
 * One zone per story found on the page, best first. The score is the share of the zone's text
 * that is the story's own (1 = every word pair in the zone comes from the story).
 */
export function proposeZones(
  blocks: readonly TextBlock[],
  stories: readonly StoryText[],
  options: ProposeOptions = {},
): ProposedZone[] {
  const settings = { ...DEFAULTS, ...options }
  const storyPairs = stories.map((story) => ({
    id: story.id,
    pairs: bigrams([...syllables(story.headline), ...syllables(story.text).slice(0, MAX_STORY_WORDS)]),
  }))
  const byStory = new Map<number | string, Assigned[]>()
  for (const block of blocks) {
    const pairs = bigrams(syllables(block.text))
    if (pairs.size < 2) continue
    let best: { id: number | string; shared: Set<string> } | undefined
    for (const story of storyPairs) {
      const shared = new Set([...pairs].filter((pair) => story.pairs.has(pair)))
      if (!best || shared.size > best.shared.size) best = { id: story.id, shared }
    }
    if (!best || best.shared.size < 2 || best.shared.size / pairs.size < settings.minBlockShare) continue
    byStory.set(best.id, [...(byStory.get(best.id) ?? []), { block, shared: best.shared, size: pairs.size }])
  }

  const zones: ProposedZone[] = []
  for (const [story, assigned] of byStory) {
    const cluster = mainCluster(assigned, settings.gap)
    const distinct = new Set(cluster.flatMap((item) => [...item.shared]))
    if (distinct.size < settings.minSharedBigrams) continue
    const shared = cluster.reduce((sum, item) => sum + item.shared.size, 0)
    const total = cluster.reduce((sum, item) => sum + item.size, 0)
    const score = round(shared / total, 2)
    if (score < settings.minScore) continue
    const rect = padded(unionRect(cluster.map((item) => item.block)), settings.padding)
    zones.push({ story, ...rect, score, blocks: cluster.length })
  }
  return zones.sort((a, b) => b.score - a.score || a.y - b.y)
}

export type StoredZone = Rect & {
  id?: string | null
  story: number | string | { id: number | string }
  source?: 'auto' | 'manual' | null
  score?: number | null
}

const storyKey = (story: StoredZone['story']) => String(typeof story === 'object' ? story.id : story)

/**
 * The page's zones after a new proposal: what editors drew or corrected stays as it is; automatic
 * zones are replaced by the new proposal, except for stories an editor already placed by hand.
 */
export function mergeZones(
  existing: readonly StoredZone[] | null | undefined,
  proposals: readonly ProposedZone[],
): StoredZone[] {
  const manual = (existing ?? []).filter((zone) => zone.source === 'manual')
  const placed = new Set(manual.map((zone) => storyKey(zone.story)))
  const auto = proposals
    .filter((zone) => !placed.has(storyKey(zone.story)))
    .map(({ story, x, y, w, h, score }) => ({ story, x, y, w, h, score, source: 'auto' as const }))
  return [
    ...manual.map((zone) => ({
      ...zone,
      story: typeof zone.story === 'object' ? zone.story.id : zone.story,
    })),
    ...auto,
  ]
}
