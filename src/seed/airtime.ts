import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { parseScheduleCsv } from '../../plugins/airtime/lib/scheduleCsv'
import { formatClock } from '../../plugins/airtime/lib/time'
import { vietnamDate } from './broadcast'
import { need, type IdMap } from './refs'

const EXAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/examples/airtime-asrun.csv',
)

/**
 * Yesterday's as-run log of the TV channel: the documented, hand-checked example day
 * (docs/examples/airtime-asrun.csv), which misses the domestic and foreign quotas by a little,
 * so the compliance page opens on real violations with the items causing them.
 */
export async function seedAirtime(payload: Payload, publications: IdMap, now: Date): Promise<number> {
  const { rows, errors } = parseScheduleCsv(readFileSync(EXAMPLE))
  if (errors.length) throw new Error(`seed: ${EXAMPLE} is not valid: ${JSON.stringify(errors.slice(0, 3))}`)
  const date = vietnamDate(now, -1)
  const channel = need(publications, 'TV', 'publication')
  for (const row of rows) {
    await payload.create({
      collection: 'schedule-items',
      data: {
        channel,
        log: 'asrun',
        date,
        start: formatClock(row.startSeconds),
        durationSeconds: row.durationSeconds,
        title: row.title,
        genre: row.genre,
        origin: row.origin,
        rerun: row.rerun,
        language: row.language,
      } as never,
      depth: 0,
      overrideAccess: true,
    })
  }
  return rows.length
}
