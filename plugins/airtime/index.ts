import type { Config, Plugin } from 'payload'

import type { AirtimePluginOptions } from './types'

export type { AirtimePluginOptions } from './types'

/** Channel schedules and as-run logs (CSV import, built from rundowns) and airtime compliance per channel per day. */
export const airtimePlugin =
  (_options: AirtimePluginOptions): Plugin =>
  (config: Config): Config =>
    config
