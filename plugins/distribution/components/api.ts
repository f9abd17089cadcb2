import type { ContentProblem, DeliveryAction, DeliveryStatus, TargetKind } from '../types'
import type { Bilingual } from './labels'
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

/** Shapes of the distribution REST answers, as the admin components read them. */

export type Id = number | string

export type TargetRef = { id: Id; name?: string; kind?: TargetKind; domestic?: boolean }
export type StoryRef = { id: Id; headline?: string | null; slug?: string | null }

export type Delivery = {
  id: Id
  story?: Id | StoryRef | null
  storyRevision?: number | null
  target?: Id | TargetRef | null
  targetKind?: TargetKind | string | null
  domestic?: boolean | null
  action: DeliveryAction
  status: DeliveryStatus
  attempts?: number | null
  lastError?: string | null
  platformMessage?: string | null
  problems?: ContentProblem[] | null
  remoteId?: string | null
  remoteUrl?: string | null
  note?: string | null
  nextAttemptAt?: string | null
  sentAt?: string | null
  confirmedAt?: string | null
  failedAt?: string | null
  cancelledBy?: string | null
  createdAt: string
  updatedAt: string
}

export type DeliveryPage = { docs: Delivery[]; totalDocs: number }

/** `GET /api/stories/:id/distribution`. */
export type StoryTargetCheck = {
  id: Id
  name: string
  kind: TargetKind
  label: Bilingual
  domestic: boolean
  canRemove: boolean
  problems: ContentProblem[]
}
export type StoryDistribution = { targets: StoryTargetCheck[]; deliveries: Delivery[] }

/** The retry endpoint answers 202 with a warning when the record is queued but Redis is not. */
export type ActionAnswer = { delivery: Delivery; warning?: string }

export const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value !== null && typeof value === 'object' ? value.id : (value ?? undefined)

export const refOf = <T extends { id: Id }>(value: Id | T | null | undefined): T | undefined =>
  value !== null && typeof value === 'object' ? value : undefined
