/**
 * Planning: the story budget (one line per planned story, per day, desk and channel) and the
 * assignments that staff it. Shared names and value lists; the plugin takes no options yet.
 */
export type PlanningPluginOptions = Record<string, never>

export const PLAN_ITEMS_SLUG = 'plan-items'
export const ASSIGNMENTS_SLUG = 'assignments'

/** The newsroom's day: plan dates, "today" and "the day has passed" are read in this zone. */
export const PLANNING_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** The longest range the calendar endpoint answers (about two months of budget). */
export const MAX_CALENDAR_DAYS = 62

export const PLAN_PRIORITIES = ['high', 'normal', 'low'] as const
export type PlanPriority = (typeof PLAN_PRIORITIES)[number]

export const WANTED_CHANNELS = ['web', 'print', 'radio', 'tv', 'zalo'] as const
export type WantedChannel = (typeof WANTED_CHANNELS)[number]

export const PLAN_ASSETS = ['photo', 'video', 'audio', 'graphic', 'crew'] as const
export type PlanAsset = (typeof PLAN_ASSETS)[number]

export const PLAN_STATUSES = [
  'idea',
  'planned',
  'assigned',
  'inProgress',
  'filed',
  'published',
  'dropped',
] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

/** Statuses a person chooses; the others follow the assignments and the story. */
export const MANUAL_PLAN_STATUSES = ['idea', 'planned', 'dropped'] as const satisfies readonly PlanStatus[]

export const ASSIGNMENT_KINDS = ['write', 'photo', 'video', 'audio', 'graphic'] as const
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number]

export const ASSIGNMENT_STATUSES = ['open', 'accepted', 'inProgress', 'done', 'cancelled'] as const
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number]

/** Assignments still owed: these can run late. */
export const ACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['open', 'accepted', 'inProgress']

/** What a reporter may set on their own assignment. */
export const REPORTER_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['accepted', 'inProgress', 'done']

/**
 * Context flag of the plugin's own nested writes (status refresh, linking a story): they may set
 * the derived and read-only fields, and skip the per-role checks already made by the caller.
 */
export const PLANNING_SYSTEM = 'planningSystem'
