import type { Config, Plugin } from 'payload'

import type { BroadcastPluginOptions } from './types'

export type { BroadcastPluginOptions } from './types'

/** Radio and TV programmes and rundowns with MOS ids, back/front-timing and prompter export. */
export const broadcastPlugin =
  (_options: BroadcastPluginOptions): Plugin =>
  (config: Config): Config =>
    config
