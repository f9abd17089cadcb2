import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { Programmes } from './collections/Programmes'
import { Rundowns } from './collections/Rundowns'
import { refuseDeletingChannelWithRundowns } from './hooks/refuseDeletingChannelWithRundowns'
import { createRundownFromProgramme } from './endpoints/createRundownFromProgramme'
import { reorderRundown } from './endpoints/reorderRundown'
import { rundownMos } from './endpoints/rundownMos'
import { rundownPrompter } from './endpoints/rundownPrompter'
import { rundownTiming } from './endpoints/rundownTiming'
import type { BroadcastPluginOptions } from './types'

export type { BroadcastPluginOptions } from './types'
export {
  GENRES,
  ITEM_STATUSES,
  ITEM_TYPES,
  ORIGINS,
  PROGRAMMES_SLUG,
  RUNDOWN_STATUSES,
  RUNDOWNS_SLUG,
  WEEKDAYS,
} from './types'
export type { Genre, ItemStatus, ItemType, Origin, RundownDoc, RundownItem, Weekday } from './types'
export { computeTiming, countedSeconds } from './lib/timing'

/** Radio and TV programmes and rundowns with MOS ids, back/front-timing and prompter export. */
export const broadcastPlugin =
  (options: BroadcastPluginOptions): Plugin =>
  (config: Config): Config => {
    const programmes = { ...Programmes, endpoints: [createRundownFromProgramme] }
    const rundowns = Rundowns({
      mosID: options.mosID,
      readRate: options.readRate,
      endpoints: [rundownTiming, reorderRundown, rundownMos(options.mosID), rundownPrompter],
    })
    return withAdminView(
      {
        ...config,
        collections: [
          ...(config.collections ?? []).map((collection) =>
            collection.slug === 'publications'
              ? withHooks(collection, { beforeDelete: [refuseDeletingChannelWithRundowns] })
              : collection,
          ),
          programmes,
          rundowns,
        ],
      },
      {
        key: 'rundowns',
        path: '/rundowns',
        Component: '/plugins/broadcast/components/RundownsView#RundownsView',
        title: 'Kịch bản chương trình',
        navLink: '/plugins/broadcast/components/RundownsNavLink#RundownsNavLink',
      },
    )
  }
