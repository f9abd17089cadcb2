import type { PayloadRequest } from 'payload'

import { loadLinkedStories } from '../hooks/fillItemsFromStories'
import type { BroadcastKind, RundownDoc } from '../types'
import { storedId } from './ids'
import { timingView, type RundownTimingView } from './rundownView'
import type { LinkedStory } from './storyDefaults'

export type RundownExport = {
  view: RundownTimingView
  channel: { name: string; code: string; kind: BroadcastKind }
  /** The linked stories as they are now (scripts, revision), by id. */
  stories: Map<string, LinkedStory>
}

/** What the MOS and prompter exports need: the timed rundown, its channel and its stories as of now. */
export async function loadRundownExport(req: PayloadRequest, rundown: RundownDoc): Promise<RundownExport> {
  const view = timingView(rundown)
  const channelID = storedId(rundown.channel)
  const channel = (
    channelID === undefined
      ? null
      : await req.payload
          .findByID({ collection: 'publications', id: channelID, depth: 0, req, overrideAccess: true })
          .catch(() => null)
  ) as { name?: string; code?: string; kind?: string } | null
  const ids = view.items
    .filter((item) => !item.dropped)
    .map((item) => storedId(item.story))
    .filter((id): id is number => id !== undefined)
  return {
    view,
    channel: {
      name: channel?.name ?? '',
      code: channel?.code ?? '',
      kind: channel?.kind === 'radio' ? 'radio' : 'tv',
    },
    stories: await loadLinkedStories(req, ids),
  }
}
