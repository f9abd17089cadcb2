import type { Config, Plugin } from 'payload'

import type { PrintPluginOptions } from './types'

export type { PrintPluginOptions } from './types'

/** Print editions, pages and placements with write-to-fit, ICML export and the edition package. */
export const printPlugin =
  (_options: PrintPluginOptions): Plugin =>
  (config: Config): Config =>
    config
