import type { PayloadRequest, Where } from 'payload'

import { relationId, type RelationId } from '../../../src/lib/relationId'
import { isWorkflowState, type WorkflowState } from '../../../src/lib/workflow'
import { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG, PLANNING_TIME_ZONE, type PlanStatus } from '../types'
import type { CalendarQuery } from './calendarQuery'
import { dayInZone, dayOfStored, daysFrom } from './days'
import { isAssignmentOverdue, planFlags, type OverdueReason } from './flags'
import type { AssignmentDoc, PlanDoc } from './planState'

export type Ref = { id: RelationId; name: string }

export type CalendarAssignment = {
  id: RelationId
  title: string | null
  kind: string
  status: string
  deadline: string | null
  assignee: Ref | null
  story: RelationId | null
  overdue: boolean
}

export type CalendarItem = {
  id: RelationId
  title: string
  date: string
  slot: string | null
  priority: string
  status: PlanStatus
  wantedChannels: string[]
  assets: string[]
  plannedLength: number | null
  plannedSeconds: number | null
  notes: string | null
  desk: Ref | null
  publication: Ref | null
  section: Ref | null
  story: { id: RelationId; headline: string; workflowState: WorkflowState | null } | null
  storyState: WorkflowState | null
  assignments: CalendarAssignment[]
  unassigned: boolean
  overdue: boolean
  overdueReasons: OverdueReason[]
}

export type CalendarAnswer = {
  from: string
  to: string
  timeZone: string
  today: string
  generatedAt: string
  days: Array<{ date: string; items: CalendarItem[] }>
  totals: { items: number; unassigned: number; overdue: number }
}

const PRIORITY_ORDER: Record<string, number> = { high: 0, normal: 1, low: 2 }

async function namesOf(
  req: PayloadRequest,
  collection: 'desks' | 'publications' | 'sections' | 'users' | 'stories',
  ids: Array<RelationId | undefined>,
  field: string,
): Promise<Map<string, Record<string, unknown>>> {
  const unique = [...new Set(ids.filter((id) => id !== undefined).map(String))]
  if (!unique.length) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: unique } },
    depth: 0,
    pagination: false,
    select: { [field]: true, ...(collection === 'stories' ? { workflowState: true } : {}) } as Record<
      string,
      true
    >,
    req,
    // Names only (staff read all of these anyway); the plan items themselves are read with access.
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]))
}

const refOf = (map: Map<string, Record<string, unknown>>, value: unknown, field = 'name'): Ref | null => {
  const id = relationId(value)
  if (id === undefined) return null
  const doc = map.get(String(id))
  return { id, name: typeof doc?.[field] === 'string' ? (doc[field] as string) : `#${id}` }
}

/** The budget of a range of days, each item with its assignments and its warnings at this moment. */
export async function loadCalendar(
  req: PayloadRequest,
  query: CalendarQuery,
  now = new Date(),
): Promise<CalendarAnswer> {
  const and: Where[] = [
    { date: { greater_than_equal: `${query.from}T00:00:00.000Z` } },
    { date: { less_than_equal: `${query.to}T23:59:59.999Z` } },
  ]
  if (query.desk) and.push({ desk: { equals: query.desk } })
  // An item without a publication is planned for every channel, so it shows under each.
  if (query.publication)
    and.push({ or: [{ publication: { equals: query.publication } }, { publication: { exists: false } }] })
  const plans = (
    await req.payload.find({
      collection: PLAN_ITEMS_SLUG,
      where: { and },
      depth: 0,
      pagination: false,
      sort: 'date',
      req,
      user: req.user,
      overrideAccess: false,
    })
  ).docs as unknown as PlanDoc[]

  const assignments = plans.length
    ? ((
        await req.payload.find({
          collection: ASSIGNMENTS_SLUG,
          where: { planItem: { in: plans.map((p) => p.id) } },
          depth: 0,
          pagination: false,
          sort: 'deadline',
          req,
          overrideAccess: true,
        })
      ).docs as unknown as AssignmentDoc[])
    : []
  const byPlan = new Map<string, AssignmentDoc[]>()
  for (const a of assignments) {
    const key = String(relationId(a.planItem))
    byPlan.set(key, [...(byPlan.get(key) ?? []), a])
  }

  const [desks, publications, sections, users, stories] = await Promise.all([
    namesOf(
      req,
      'desks',
      plans.map((p) => relationId(p.desk)),
      'name',
    ),
    namesOf(
      req,
      'publications',
      plans.map((p) => relationId(p.publication)),
      'name',
    ),
    namesOf(
      req,
      'sections',
      plans.map((p) => relationId(p.section)),
      'name',
    ),
    namesOf(
      req,
      'users',
      assignments.map((a) => relationId(a.assignee)),
      'fullName',
    ),
    namesOf(
      req,
      'stories',
      plans.map((p) => relationId(p.story)),
      'headline',
    ),
  ])

  const days = daysFrom(query.from, query.to).map((date) => ({ date, items: [] as CalendarItem[] }))
  const dayIndex = new Map(days.map((day, index) => [day.date, index]))
  const totals = { items: 0, unassigned: 0, overdue: 0 }
  for (const plan of plans) {
    const day = dayOfStored(plan.date)
    const own = byPlan.get(String(plan.id)) ?? []
    const storyId = relationId(plan.story)
    const storyDoc = storyId === undefined ? undefined : stories.get(String(storyId))
    const storyState = isWorkflowState(storyDoc?.workflowState) ? storyDoc.workflowState : null
    const flags = planFlags(
      { day, status: plan.status, storyState, assignments: own },
      now,
      PLANNING_TIME_ZONE,
    )
    const item: CalendarItem = {
      id: plan.id,
      title: plan.title,
      date: day,
      slot: (plan.slot as string | null) ?? null,
      priority: String(plan.priority ?? 'normal'),
      status: plan.status,
      wantedChannels: (plan.wantedChannels as string[] | null) ?? [],
      assets: (plan.assets as string[] | null) ?? [],
      plannedLength: (plan.plannedLength as number | null) ?? null,
      plannedSeconds: (plan.plannedSeconds as number | null) ?? null,
      notes: (plan.notes as string | null) ?? null,
      desk: refOf(desks, plan.desk),
      publication: refOf(publications, plan.publication),
      section: refOf(sections, plan.section),
      story:
        storyId === undefined
          ? null
          : { id: storyId, headline: String(storyDoc?.headline ?? `#${storyId}`), workflowState: storyState },
      storyState,
      assignments: own.map((a) => ({
        id: a.id,
        title: (a.title as string | null) ?? null,
        kind: String(a.kind),
        status: String(a.status),
        deadline: a.deadline ?? null,
        assignee: refOf(users, a.assignee, 'fullName'),
        story: relationId(a.story) ?? null,
        overdue: isAssignmentOverdue(a, now),
      })),
      unassigned: flags.unassigned,
      overdue: flags.overdue,
      overdueReasons: flags.reasons,
    }
    const index = dayIndex.get(day)
    if (index === undefined) continue
    days[index].items.push(item)
    totals.items++
    if (item.unassigned) totals.unassigned++
    if (item.overdue) totals.overdue++
  }
  for (const day of days)
    day.items.sort(
      (a, b) =>
        (PRIORITY_ORDER[a.priority] ?? 1) - (PRIORITY_ORDER[b.priority] ?? 1) ||
        (a.slot ?? '').localeCompare(b.slot ?? '', 'vi') ||
        a.title.localeCompare(b.title, 'vi'),
    )
  return {
    from: query.from,
    to: query.to,
    timeZone: PLANNING_TIME_ZONE,
    today: dayInZone(now, PLANNING_TIME_ZONE),
    generatedAt: now.toISOString(),
    days,
    totals,
  }
}
