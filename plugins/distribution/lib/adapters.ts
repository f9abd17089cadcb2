import { feedAdapter } from '../adapters/feed'
import { grassrootsAdapter } from '../adapters/grassroots'
import { ninjsAdapter } from '../adapters/ninjs'
import { podcastAdapter } from '../adapters/podcast'
import { websiteAdapter } from '../adapters/website'
import { zaloAdapter } from '../adapters/zalo'
import type { DistributionAdapter, TargetKind } from '../types'

const ADAPTERS: Record<TargetKind, DistributionAdapter> = {
  website: websiteAdapter,
  feed: feedAdapter,
  podcast: podcastAdapter,
  zalo: zaloAdapter,
  grassroots: grassrootsAdapter,
  ninjs: ninjsAdapter,
}

export function adapterFor(kind: TargetKind): DistributionAdapter {
  const adapter = ADAPTERS[kind]
  if (!adapter) throw new Error(`Không có bộ chuyển cho loại đích "${kind}".`)
  return adapter
}

/**
 * Targets whose copies carry a platform id: an update or removal needs the id an earlier publish
 * got, and without one there is nothing to update or remove there.
 */
export const KEEPS_REMOTE_COPY: ReadonlySet<TargetKind> = new Set(['zalo', 'grassroots'])
