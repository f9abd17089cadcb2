import { relationId, type RelationId } from '../../../src/lib/relationId'
import type { WorkflowState } from '../../../src/lib/workflow'
import {
  PLANNING_TIME_ZONE,
  WANTED_CHANNELS,
  type AssignmentKind,
  type PlanPriority,
  type WantedChannel,
} from '../types'
import { dayOfStored } from './days'
import { ASSIGNMENT_KIND_LABELS, CHANNEL_KIND_OF, PRIORITY_LABELS } from './labels'

/** What a story made from an assignment inherits; pure, so the rules are tested on their own. */

export type PlanLike = {
  title: string
  date: string
  slot?: string | null
  desk: unknown
  section?: unknown
  publication?: unknown
  priority?: string | null
  wantedChannels?: unknown
  plannedLength?: number | null
  plannedSeconds?: number | null
  notes?: string | null
}

export type AssignmentInput = {
  kind?: string | null
  assignee?: unknown
  deadline?: string | null
  brief?: string | null
}

export type PublicationLike = { id: RelationId; kind?: string | null; active?: boolean | null }

export function assignmentTitle(kind: string, planTitle: string): string {
  const label = ASSIGNMENT_KIND_LABELS[kind as AssignmentKind]?.vi ?? kind
  return `${label}: ${planTitle}`
}

const wantedOf = (value: unknown): WantedChannel[] =>
  Array.isArray(value)
    ? value.filter((c): c is WantedChannel => (WANTED_CHANNELS as readonly string[]).includes(c))
    : []

/**
 * The story's channels: the plan's own publication, then every active publication of a wanted
 * kind (web → website, Zalo → social), each once.
 */
export function channelIdsFor(plan: PlanLike, publications: readonly PublicationLike[]): RelationId[] {
  const kinds = new Set<string>(wantedOf(plan.wantedChannels).map((channel) => CHANNEL_KIND_OF[channel]))
  const ids: RelationId[] = []
  const add = (id: RelationId) => {
    if (!ids.some((known) => String(known) === String(id))) ids.push(id)
  }
  const own = relationId(plan.publication)
  if (own !== undefined) add(own)
  for (const publication of publications)
    if (publication.active !== false && publication.kind && kinds.has(publication.kind)) add(publication.id)
  return ids
}

const viDay = (day: string) => day.split('-').reverse().join('/')

const viDateTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: PLANNING_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso))

/** The internal note the story carries: where and when it is planned, and the assignment's brief. */
export function planningNote(plan: PlanLike, assignment: AssignmentInput): string {
  const priority = PRIORITY_LABELS[plan.priority as PlanPriority]?.vi
  const head = [
    `Kế hoạch ngày ${viDay(dayOfStored(plan.date))}`,
    plan.slot?.trim(),
    priority && `ưu tiên ${priority.toLowerCase()}`,
  ]
  const kind = ASSIGNMENT_KIND_LABELS[assignment.kind as AssignmentKind]?.vi
  const task = [kind && `Nhiệm vụ: ${kind}`, assignment.deadline && `hạn ${viDateTime(assignment.deadline)}`]
  return [
    head.filter(Boolean).join(' · '),
    task.filter(Boolean).join(' · '),
    assignment.brief?.trim(),
    plan.notes?.trim() && `Ghi chú: ${plan.notes.trim()}`,
  ]
    .filter(Boolean)
    .join('\n')
}

const BYLINE_CONTRIBUTION: Partial<Record<AssignmentKind, string>> = {
  write: 'writer',
  photo: 'photographer',
  video: 'camera',
}

export type StoryDraftInput = {
  plan: PlanLike
  assignment: AssignmentInput
  channels: readonly RelationId[]
  workflowState: WorkflowState
  /** A working headline instead of the plan's title. */
  headline?: string
}

export function storyDraft({ plan, assignment, channels, workflowState, headline }: StoryDraftInput) {
  const wanted = wantedOf(plan.wantedChannels)
  const assignee = relationId(assignment.assignee)
  const contribution = BYLINE_CONTRIBUTION[assignment.kind as AssignmentKind]
  const seconds = plan.plannedSeconds ?? undefined
  const data: Record<string, unknown> = {
    headline: headline ?? plan.title,
    workflowState,
    desk: relationId(plan.desk),
    channels: [...channels],
    planningNote: planningNote(plan, assignment),
  }
  const section = relationId(plan.section)
  if (section !== undefined) data.section = section
  if (assignee !== undefined) {
    data.assignee = assignee
    if (contribution) data.bylines = [{ user: assignee, contribution }]
  }
  if (plan.plannedLength !== null && plan.plannedLength !== undefined)
    data.print = { plannedLength: plan.plannedLength }
  if (seconds !== undefined && wanted.includes('radio')) data.radio = { targetSeconds: seconds }
  if (seconds !== undefined && wanted.includes('tv')) data.tv = { targetSeconds: seconds }
  return data
}
