import type { Payload } from 'payload'

import { relationId, relationIds } from '../../../src/lib/relationId'
import { TARGETS_SLUG } from '../collections/DistributionTargets'
import type { TargetConfig, TargetKind } from '../types'
import { openCredentials } from './credentials'
import type { DistributionRuntime } from './runtime'
import { ifNotFound } from './deliveryRecords'

/** A target record as stored (credentials sealed). */
export type TargetRecord = {
  id: number | string
  name: string
  kind: TargetKind
  domestic?: boolean | null
  active?: boolean | null
  baseURL?: string | null
  locale?: string | null
  ratePerMinute?: number | null
  timeoutSeconds?: number | null
  settings?: unknown
  defaults?: { all?: boolean | null; publications?: unknown; desks?: unknown; sections?: unknown } | null
  credentialsSealed?: string | null
  credentialsVersion?: number | null
}

type StoryRefs = {
  channels?: unknown
  desk?: unknown
  section?: unknown
  distribution?: { targets?: unknown } | null
  grassroots?: { enabled?: boolean | null } | null
}

const sameId = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b)

/**
 * The targets a story goes to: the ones chosen on the story, else every active target whose
 * defaults name the story's publications, desk or section (or all stories). A grassroots target
 * is only a default for stories marked as bulletins: an article is not a loudspeaker bulletin.
 */
export function effectiveTargets(story: StoryRefs, targets: TargetRecord[]): TargetRecord[] {
  const active = targets.filter((t) => t.active !== false)
  const chosen = relationIds(story.distribution?.targets ?? [])
  if (chosen.length) return active.filter((t) => chosen.some((id) => sameId(id, t.id)))
  const publications = relationIds(story.channels ?? [])
  const desk = relationId(story.desk as never)
  const section = relationId(story.section as never)
  return active.filter((t) => {
    if (t.kind === 'grassroots' && !story.grassroots?.enabled) return false
    const d = t.defaults ?? {}
    if (d.all) return true
    if (relationIds((d.publications ?? []) as never).some((id) => publications.some((p) => sameId(p, id))))
      return true
    if (relationIds((d.desks ?? []) as never).some((id) => sameId(id, desk))) return true
    return relationIds((d.sections ?? []) as never).some((id) => sameId(id, section))
  })
}

export async function loadTargets(payload: Payload): Promise<TargetRecord[]> {
  const { docs } = await payload.find({
    collection: TARGETS_SLUG as never,
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as TargetRecord[]
}

export async function loadTarget(payload: Payload, id: number | string): Promise<TargetRecord | undefined> {
  try {
    return (await payload.findByID({
      collection: TARGETS_SLUG as never,
      id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as TargetRecord
  } catch (error) {
    return ifNotFound(error)
  }
}

export function targetConfig(
  record: TargetRecord,
  runtime: DistributionRuntime,
  adapterDomestic: boolean,
): TargetConfig {
  const settings = record.settings && typeof record.settings === 'object' && !Array.isArray(record.settings)
  return {
    id: String(record.id),
    name: record.name,
    kind: record.kind,
    domestic: record.domestic ?? adapterDomestic,
    baseURL: record.baseURL || undefined,
    settings: settings ? (record.settings as Record<string, unknown>) : {},
    credentials: openCredentials(record.credentialsSealed, runtime.credentialsKey),
    ratePerMinute: record.ratePerMinute ?? runtime.defaultRatePerMinute,
    timeoutSeconds: record.timeoutSeconds ?? 15,
  }
}
