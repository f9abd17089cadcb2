import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationIds } from '../../../src/lib/relationId'
import type { AiRuntime } from '../lib/runtime'
import { duplicateSourceOf } from '../lib/duplicates'
import { perRequest } from '../lib/perRequest'
import { loadProvenance, type ProvenanceDoc } from '../lib/provenance/loadProvenance'
import { classify, measureStory, shareOf } from '../lib/provenance/measure'
import { CHANNEL_KEYS } from '../lib/storyFields'
import type { TextFieldPath } from '../lib/storyFields'
import { storyFieldTexts } from '../lib/storyText'

export type ProvenanceUpdate = { id: number | string; data: Record<string, unknown> }

/** Measures waiting to be written onto the provenance records once the story is saved. */
const pendingUpdates = perRequest<ProvenanceUpdate[]>()

export function takeProvenanceUpdates(req: PayloadRequest, storyId: number | string): ProvenanceUpdate[] {
  return pendingUpdates.take(req, storyId) ?? []
}

const GROUPS = ['web', 'print', 'radio', 'tv', 'social', 'ai'] as const

/** Tag records whose tags are still (partly) on the story, and how many of each. */
function keptTags(record: ProvenanceDoc, story: Record<string, unknown>): number {
  const onStory = {
    topic: new Set(relationIds(story.topics).map(String)),
    place: new Set(relationIds(story.places).map(String)),
    person: new Set((story.people as string[] | undefined) ?? []),
    organisation: new Set((story.organisations as string[] | undefined) ?? []),
  }
  return (record.tags ?? []).filter((tag) => {
    const set = onStory[tag.kind as keyof typeof onStory]
    const key =
      tag.kind === 'person' || tag.kind === 'organisation'
        ? (tag as { label?: string }).label
        : String(tag.ref)
    return set?.has(key as string)
  }).length
}

/**
 * On every save, how much of the story (per channel version) still comes from accepted AI
 * suggestions: measured against the provenance records, stored on the story (`ai.class`,
 * `ai.share`, `ai.channels`) and, after the save, on each record (see updateProvenanceMeasures).
 * A story with no provenance is human and costs no query beyond the lookup.
 */
export const measureAiShare =
  (runtime: AiRuntime): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    if (context.skipAI) return data
    const merged: Record<string, unknown> = { ...originalDoc, ...data }
    for (const group of GROUPS) merged[group] = { ...(originalDoc?.[group] ?? {}), ...(data[group] ?? {}) }
    const ai = merged.ai as Record<string, unknown>
    const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : 'vi'
    // A duplicate is measured on its source's records: copies of them follow it (copyProvenanceToDuplicate).
    const measuredId = operation === 'update' ? originalDoc?.id : duplicateSourceOf(req)
    const records = measuredId !== undefined ? await loadProvenance(req, [measuredId]) : []
    if (!records.length) {
      data.ai = { ...ai, class: 'human', share: 0, channels: null, tagged: false }
      return data
    }

    const textRecords = records.filter(
      (r) => r.kind === 'text' && r.locale === locale && r.task !== 'spelling',
    )
    const measure = measureStory(
      storyFieldTexts(merged),
      textRecords.map((r) => ({ field: r.field as TextFieldPath, aiText: r.aiText ?? '' })),
    )
    const updates: ProvenanceUpdate[] = []
    textRecords.forEach((record, i) => {
      const surviving = measure.surviving[i] ?? 0
      const fieldChars = measure.fields[record.field as TextFieldPath]?.chars ?? 0
      if (surviving !== record.survivingChars || fieldChars !== record.fieldChars) {
        updates.push({ id: record.id, data: { survivingChars: surviving, fieldChars } })
      }
    })
    let tagged = false
    for (const record of records.filter((r) => r.kind === 'tags')) {
      const kept = keptTags(record, merged)
      if (kept > 0) tagged = true
      if (kept !== record.tagsSurviving) updates.push({ id: record.id, data: { tagsSurviving: kept } })
    }
    const thresholds = runtime.settings
    const channels = Object.fromEntries(
      CHANNEL_KEYS.map((key) => {
        const m = measure.channels[key]
        return [key, { ...m, share: shareOf(m), class: classify(m, tagged, thresholds) }]
      }),
    )
    data.ai = {
      ...ai,
      class: classify(measure.channels.website, tagged, thresholds),
      share: Math.round(shareOf(measure.channels.website) * 10_000) / 10_000,
      channels,
      tagged,
    }
    if (operation === 'update') pendingUpdates.set(req, originalDoc.id, updates)
    return data
  }
