import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { Assignments } from './collections/Assignments'
import { PlanItems } from './collections/PlanItems'
import { storyPlanningFields } from './fields'
import { followStoryState } from './hooks/followStoryState'
import { unlinkDeletedStory } from './hooks/unlinkDeletedStory'
import type { PlanningPluginOptions } from './types'

export { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG } from './types'
export type { PlanningPluginOptions } from './types'

/**
 * Story budget (daily/weekly plans per desk and channel) and assignments, with a calendar view.
 * Stories made from an assignment inherit its plan; plan statuses follow the assignments and the
 * story (`context.skipPlanning` on a story save skips that).
 */
export const planningPlugin =
  (_options: PlanningPluginOptions): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug !== 'stories') return collection
      const stories = withHooks(collection, {
        afterChange: [followStoryState],
        beforeDelete: [unlinkDeletedStory],
      })
      return { ...stories, fields: [...stories.fields, ...storyPlanningFields] }
    })
    return withAdminView(
      { ...config, collections: [...collections, PlanItems, Assignments] },
      {
        key: 'planning',
        path: '/planning',
        Component: '/plugins/planning/components/PlanningView#PlanningView',
        title: 'Lịch kế hoạch',
        navLink: '/plugins/planning/components/PlanningNavLink#PlanningNavLink',
      },
    )
  }
