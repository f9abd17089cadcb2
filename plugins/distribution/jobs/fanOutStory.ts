import type { Payload } from 'payload'

import type { JobDefinition } from '../../jobs'
import { DELIVERIES_SLUG } from '../collections/Deliveries'
import { adapterFor } from '../lib/adapters'
import { createDelivery, deliveryKey, queueDelivery, type DeliveryRecord } from '../lib/deliveryRecords'
import { contentProblems, refusedDelivery } from '../lib/contentProblems'
import { loadPublicStory, loadStoryDoc } from '../lib/loadPublicStory'
import { toPublicStory } from '../lib/publicStory'
import type { DistributionRuntime } from '../lib/runtime'
import { effectiveTargets, loadTargets, targetConfig, type TargetRecord } from '../lib/targets'
import type { DeliveryAction, PublicStory } from '../types'

export type FanOutData = { storyId: number | string; revision: number; action: DeliveryAction }

const PRIORITY = { emergency: 1, priority: 5, normal: 10 } as const

/**
 * Where the story already stands on each target: `copies` hold (or are getting) a copy, which a
 * kill or a correction must reach; `declined` had a delivery an administrator cancelled, which a
 * later correction must not override with a first copy.
 */
async function standing(payload: Payload, storyId: number | string) {
  const { docs } = await payload.find({
    collection: DELIVERIES_SLUG as never,
    where: { and: [{ story: { equals: storyId } }, { action: { in: ['publish', 'update'] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { target: true, status: true } as never,
  })
  const records = docs as unknown as DeliveryRecord[]
  const of = (statuses: string[]) =>
    new Set(records.filter((d) => statuses.includes(d.status)).map((d) => String(d.target)))
  return { copies: of(['queued', 'sent', 'confirmed']), declined: of(['cancelled']) }
}

/**
 * One delivery record per target, checked against the target's rules first: content a platform
 * would refuse fails here with the reasons listed, and nothing is sent. Replaying the job finds
 * the records by their keys and creates nothing twice.
 */
export const fanOutStoryJob = (runtime: DistributionRuntime): JobDefinition<FanOutData> => ({
  queue: 'distribution',
  name: 'fanOut',
  handler: async ({ storyId, revision, action }, { payload }) => {
    const story = await loadStoryDoc(payload, storyId, 'vi')
    if (!story) return { skipped: 'story deleted' }
    const all = await loadTargets(payload)
    const chosen = effectiveTargets(story as never, all)
    const { copies, declined } = await standing(payload, storyId)
    const reached = all.filter((t) => copies.has(String(t.id)))
    // A first copy only where there is none yet, and not where an administrator cancelled one.
    const fresh = chosen.filter((t) => !copies.has(String(t.id)) && !declined.has(String(t.id)))
    const targets: Array<{ record: TargetRecord; action: DeliveryAction }> =
      action === 'publish'
        ? fresh.map((record) => ({ record, action }))
        : action === 'remove'
          ? reached.map((record) => ({ record, action }))
          : [
              // A correction updates every copy; targets added since the first publish get one.
              ...reached.map((record) => ({ record, action: 'update' as const })),
              ...fresh.map((record) => ({ record, action: 'publish' as const })),
            ]

    // The Vietnamese version is the story already read; other locales are read once each.
    const publicStories = new Map<string, PublicStory | undefined>([
      ['vi', toPublicStory(story, { locale: 'vi', siteURL: runtime.siteURL })],
    ])
    const storyIn = async (locale: string) => {
      if (!publicStories.has(locale))
        publicStories.set(locale, await loadPublicStory(payload, runtime, storyId, locale))
      return publicStories.get(locale)
    }

    let queued = 0
    for (const { record: target, action: targetAction } of targets) {
      const adapter = adapterFor(target.kind)
      const key = deliveryKey(storyId, revision, target.id, targetAction)
      const base = {
        key,
        story: storyId,
        storyRevision: revision,
        target: target.id,
        targetKind: target.kind,
        domestic: target.domestic ?? adapter.domestic,
        action: targetAction,
      }
      const publicStory = await storyIn(target.locale || 'vi')
      const problems =
        targetAction === 'remove' || !publicStory
          ? []
          : contentProblems(adapter, publicStory, targetConfig(target, runtime, adapter.domestic))
      if (problems.length) {
        await createDelivery(payload, { ...base, ...refusedDelivery(adapter, problems) })
        continue
      }
      const priority =
        publicStory?.bulletin && target.kind === 'grassroots'
          ? PRIORITY[publicStory.bulletin.priority]
          : PRIORITY.normal
      const { record } = await createDelivery(payload, {
        ...base,
        status: 'queued',
        priority,
        attempts: 0,
        round: 0,
      })
      if (record.status === 'queued') {
        await queueDelivery(payload, runtime, record)
        queued++
      }
    }
    return { targets: targets.length, queued }
  },
})
