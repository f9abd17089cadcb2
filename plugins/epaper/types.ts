import type { EpaperAccess } from '../../src/config/planningSettings'

export type EpaperPluginOptions = { access: EpaperAccess; serverURL: string }
