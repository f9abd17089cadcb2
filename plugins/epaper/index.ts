import type { Config, Plugin } from 'payload'

import type { EpaperPluginOptions } from './types'

export type { EpaperPluginOptions } from './types'

/** The e-paper: printed PDFs become page images with article zones, read in a public mobile reader. */
export const epaperPlugin =
  (_options: EpaperPluginOptions): Plugin =>
  (config: Config): Config =>
    config
