import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { storedId } from '../lib/ids'
import { PROGRAMMES_SLUG } from '../types'

type Programme = {
  channel?: unknown
  startTime?: string | null
  durationSeconds?: number | null
  templateItems?: Array<{ type?: string; title?: string | null; plannedSeconds?: number | null }> | null
}

/**
 * A new rundown of a programme takes what it leaves out from the programme: channel, start time,
 * planned length and the template's items. A start given as "HH:MM" gets ":00".
 */
export const fillFromProgramme: CollectionBeforeValidateHook = async ({ data, operation, req, context }) => {
  if (!data || context.skipProgrammeDefaults) return data
  if (typeof data.startTime === 'string' && /^\d{2}:\d{2}$/.test(data.startTime)) data.startTime += ':00'
  const programmeID = storedId(data.programme)
  if (operation !== 'create' || programmeID === undefined) return data
  const programme = (await req.payload
    .findByID({ collection: PROGRAMMES_SLUG, id: programmeID, depth: 0, req, overrideAccess: true })
    .catch(() => null)) as Programme | null
  // An unknown programme is reported by the field's own validation.
  if (!programme) return data

  if (data.channel === undefined || data.channel === null) data.channel = relationId(programme.channel)
  if (!data.startTime && programme.startTime) data.startTime = `${programme.startTime}:00`
  if (data.plannedDurationSeconds === undefined || data.plannedDurationSeconds === null)
    data.plannedDurationSeconds = programme.durationSeconds
  if (data.items === undefined || data.items === null) {
    data.items = (programme.templateItems ?? []).map((row) => ({
      type: row.type ?? 'other',
      title: row.title ?? null,
      plannedSeconds: row.plannedSeconds ?? null,
      status: 'draft',
    }))
  }
  return data
}
