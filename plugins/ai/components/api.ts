import type { SuggestionStatus } from '../lib/taskLabels'
import type { AiTask, TaskOutput, TaskParams } from '../types'
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

/** Shapes of the AI plugin's REST answers, as the admin components read them. */

export type Id = number | string
export type Bilingual = { vi: string; en: string }
export type ProviderKind = 'local' | 'remote'

export type StatusTask = {
  task: AiTask
  label: Bilingual
  /** Who would run the task on `auto`; null when nobody can (translation without a remote model). */
  provider: ProviderKind | null
  /** Allowed target fields, the first being the default. */
  fields: string[]
}

export type AiStatus = {
  provider: { kind: ProviderKind; label: string; model: string }
  budget: {
    /** 0: no limit. */
    monthlyTokens: number
    usedTokens: number
    cost: number
    currency: string
    exceeded: boolean
  }
  tasks: StatusTask[]
  labelPolicy: 'off' | 'generated' | 'assisted'
  locales: string[]
}

export type Suggestion = {
  id: Id
  story: Id | { id: Id }
  task: AiTask
  locale?: string | null
  field?: string | null
  params?: TaskParams | null
  status: SuggestionStatus
  providerKind?: ProviderKind | null
  providerLabel?: string | null
  model?: string | null
  promptVersion?: string | null
  output?: TaskOutput | null
  error?: string | null
  tokens?: number | null
  cost?: number | null
  requestedBy?: Id | { id: Id; fullName?: string } | null
  decidedBy?: Id | { id: Id; fullName?: string } | null
  decidedAt?: string | null
  createdAt: string
}

export type AcceptBody =
  | { option: number; text?: string }
  | { fields?: { headline?: string; standfirst?: string; body?: string } }
  | { tags: number[] }
  | { issues: Array<{ index: number; replacement: string }> }

export type AiClass = 'human' | 'assisted' | 'generated'
export type ShareGroupBy = 'desk' | 'channel' | 'month'

export type ShareBucket = {
  stories: number
  human: number
  assisted: number
  generated: number
  /** (assisted + generated) / stories, 0..1. */
  aiShare: number
}

export type ShareResponse = {
  from: string
  to: string
  groupBy: ShareGroupBy
  thresholds: { assistedMinShare: number; generatedMinShare: number; taggingCountsAsAssisted: boolean }
  total: ShareBucket
  groups: Array<ShareBucket & { key: string; label: string }>
}

export type Provenance = {
  field: string
  task: AiTask | string
  model?: string | null
  providerLabel?: string | null
  promptVersion?: string | null
  acceptedBy: { id: Id; fullName?: string | null } | null
  acceptedAt?: string | null
  aiChars: number
  survivingChars: number
}

export type ShareStory = {
  id: Id
  headline: string
  publishedAt?: string | null
  desk: { id: Id; name: string } | null
  channels: Array<{ id: Id; name: string; kind?: string }>
  class: AiClass
  share: number
  provenance: Provenance[]
}

export type ShareStoriesPage = { docs: ShareStory[]; totalDocs: number; page: number; totalPages: number }

export type NamedDoc = { id: Id; name: string; kind?: string }

export const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value !== null && typeof value === 'object' ? value.id : (value ?? undefined)
