import type { Config, Plugin } from 'payload'

import type { PlanningPluginOptions } from './types'

export type { PlanningPluginOptions } from './types'

/** Story budget (daily/weekly plans per desk and channel) and assignments, with a calendar view. */
export const planningPlugin =
  (_options: PlanningPluginOptions): Plugin =>
  (config: Config): Config =>
    config
