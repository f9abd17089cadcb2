import { classify, type AiClass, type Measure, type Thresholds } from '../provenance/measure'
import { CHANNEL_OF_PUBLICATION_KIND, type ChannelKey } from '../storyFields'

export type ShareStory = {
  id: number | string
  publishedAt: string
  desk: number | string | null
  /** Publications the story went out on, with their kind (website, print, radio …). */
  channels: Array<{ id: number | string; kind: string }>
  /**
   * Per content locale (vi, en, …), per channel version: characters and AI characters, as measured
   * at the locale's last save. A story counts with its most AI-made locale: an English version
   * translated by AI makes the story AI-assisted even if the Vietnamese one is all human.
   */
  measures: ReadonlyArray<Partial<Record<ChannelKey, Measure>>>
  tagged: boolean
}

export type GroupBy = 'desk' | 'channel' | 'month'

export type Bucket = { stories: number; human: number; assisted: number; generated: number; aiShare: number }

const emptyBucket = (): Bucket => ({ stories: 0, human: 0, assisted: 0, generated: 0, aiShare: 0 })

function add(bucket: Bucket, cls: AiClass): void {
  bucket.stories++
  bucket[cls]++
  bucket.aiShare = (bucket.assisted + bucket.generated) / bucket.stories
}

const RANK: Record<AiClass, number> = { human: 0, assisted: 1, generated: 2 }

/** A story's class for one channel version (the web version is the master story), and its share. */
export function classOf(
  story: ShareStory,
  channel: ChannelKey,
  thresholds: Thresholds,
): { cls: AiClass; share: number } {
  let best: { cls: AiClass; share: number } = { cls: 'human', share: 0 }
  for (const perLocale of story.measures.length ? story.measures : [{}]) {
    const measure = perLocale[channel] ?? { chars: 0, aiChars: 0 }
    const cls = classify(measure, story.tagged, thresholds)
    const share = measure.chars ? measure.aiChars / measure.chars : 0
    if (RANK[cls] > RANK[best.cls] || (RANK[cls] === RANK[best.cls] && share > best.share))
      best = { cls, share }
  }
  return best
}

/** The group keys a story falls in: one desk, one month, or each publication it went out on. */
export function groupKeysOf(
  story: ShareStory,
  groupBy: GroupBy,
): Array<{ key: string; channel: ChannelKey }> {
  if (groupBy === 'channel') {
    return story.channels.map((c) => ({
      key: String(c.id),
      channel: CHANNEL_OF_PUBLICATION_KIND[c.kind] ?? 'website',
    }))
  }
  const key =
    groupBy === 'desk' ? (story.desk === null ? 'none' : String(story.desk)) : story.publishedAt.slice(0, 7)
  return [{ key, channel: 'website' }]
}

/**
 * The AI share of published stories: each story classified human / AI-assisted / AI-generated
 * from its measured provenance and the thresholds in force, counted once in the total (by its
 * master web version) and once per group (per channel: by that channel's version).
 */
export function computeShare(
  stories: readonly ShareStory[],
  groupBy: GroupBy,
  thresholds: Thresholds,
): { total: Bucket; groups: Map<string, Bucket> } {
  const total = emptyBucket()
  const groups = new Map<string, Bucket>()
  for (const story of stories) {
    add(total, classOf(story, 'website', thresholds).cls)
    for (const { key, channel } of groupKeysOf(story, groupBy)) {
      let bucket = groups.get(key)
      if (!bucket) groups.set(key, (bucket = emptyBucket()))
      add(bucket, classOf(story, channel, thresholds).cls)
    }
  }
  return { total, groups }
}
