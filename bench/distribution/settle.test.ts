import { describe, expect, it } from '@jest/globals'

import { settled, type DeliveryRow } from './settle'

const at = (ms: number) => new Date(Date.parse('2026-05-01T08:00:00.000Z') + ms).toISOString()
const since = Date.parse('2026-05-01T08:00:00.000Z')
const row = (status: string, created: number, confirmed?: number): DeliveryRow => ({
  status,
  createdAt: at(created),
  confirmedAt: confirmed === undefined ? null : at(confirmed),
  targetKind: 'zalo',
})

describe('settled', () => {
  it('waits until every expected record exists and none is queued or sent', () => {
    expect(settled([row('confirmed', 10, 20)], 2, since)).toBeUndefined()
    expect(settled([row('confirmed', 10, 20), row('sent', 11)], 2, since)).toBeUndefined()
    expect(settled([row('confirmed', 10, 20), row('queued', 11)], 2, since)).toBeUndefined()
  })

  it('times the last confirmation and the first record from the records themselves', () => {
    const result = settled(
      [row('confirmed', 120, 180), row('confirmed', 110, 240), row('confirmed', 130, 150)],
      3,
      since,
    )
    expect(result).toEqual({ toLastConfirmed: 240, toFanOut: 110, confirmed: 3, problems: [] })
  })

  it('lists what did not end confirmed, with its error', () => {
    const failed = { ...row('failed', 100), lastError: 'Zalo: Cover is invalid' }
    const result = settled([row('confirmed', 100, 130), failed], 2, since)
    expect(result?.confirmed).toBe(1)
    expect(result?.toLastConfirmed).toBe(130)
    expect(result?.problems).toEqual(['zalo failed: Zalo: Cover is invalid'])
  })

  it('has no confirmation time when nothing was confirmed', () => {
    expect(settled([row('skipped', 5)], 1, since)?.toLastConfirmed).toBeNaN()
  })
})
