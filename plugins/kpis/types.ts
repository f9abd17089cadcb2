import type { AiSettings } from '../../src/config/aiSettings'
import type { PlanningSettings } from '../../src/config/planningSettings'

export type KpisPluginOptions = {
  baselineYear: number
  /** AI-share thresholds (what counts as assisted or generated). */
  ai: Pick<AiSettings, 'assistedMinShare' | 'generatedMinShare' | 'taggingCountsAsAssisted'>
  airtime: PlanningSettings['airtime']
  /** The content locales (vi first), for the foreign-language output figure. */
  locales: string[]
}
