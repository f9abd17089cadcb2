import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { channelKindOf } from '../lib/validators'
import { storedId, storyObjID } from '../lib/ids'
import { defaultSecondsOf, type LinkedStory } from '../lib/storyDefaults'
import type { BroadcastKind, RundownItem } from '../types'

export async function loadLinkedStories(
  req: PayloadRequest,
  ids: number[],
): Promise<Map<string, LinkedStory>> {
  if (!ids.length) return new Map()
  const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
  const result = await req.payload.find({
    collection: 'stories',
    where: { id: { in: [...new Set(ids)] } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    locale: locale as never,
    select: { headline: true, revision: true, workflowState: true, radio: true, tv: true } as never,
    req,
    overrideAccess: true,
  })
  const docs = result.docs as unknown as LinkedStory[]
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

/**
 * Items linked to a story take the story's headline as title and its script's read time (radio or
 * TV, as the channel) as planned length when they have none, and again when the item is switched to
 * another story without the title or length being edited. Each save records the story's revision in
 * the item's `objID` (`story.<id>.<revision>`), so the prompter and MOS devices see it changed.
 */
export const fillItemsFromStories =
  (readRate: number): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, context }) => {
    if (!Array.isArray(data.items) || context.skipStoryDefaults) return data
    const items = data.items as RundownItem[]
    const kind = await channelKindOf(req, data.channel ?? originalDoc?.channel)
    const broadcastKind: BroadcastKind | undefined = kind === 'radio' || kind === 'tv' ? kind : undefined
    const ids = items.map((item) => storedId(item?.story)).filter((id): id is number => id !== undefined)
    const stories = await loadLinkedStories(req, ids)
    const before = new Map(
      ((originalDoc?.items ?? []) as RundownItem[]).map((item) => [String(item.itemID), item] as const),
    )

    for (const item of items) {
      if (!item || typeof item !== 'object') continue
      const id = storedId(item.story)
      const story = id === undefined ? undefined : stories.get(String(id))
      if (!story) {
        // No story, or one that does not exist (the field's validation reports that).
        item.objID = null
        continue
      }
      const previous = before.get(String(item.itemID))
      const switched = previous !== undefined && String(storedId(previous.story)) !== String(id)
      if (!item.title?.trim() || (switched && item.title === previous.title))
        item.title = story.headline ?? null
      const unset = item.plannedSeconds === null || item.plannedSeconds === undefined
      if (broadcastKind && (unset || (switched && item.plannedSeconds === previous.plannedSeconds))) {
        item.plannedSeconds = defaultSecondsOf(story, broadcastKind, readRate)
      }
      item.objID = storyObjID(story.id, story.revision)
    }
    return data
  }
