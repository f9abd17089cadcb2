import { describe, expect, it } from '@jest/globals'

import type { BulletinPriority, BulletinSpec, PublicStory, TargetConfig } from '../../types'
import { validateBulletin } from './validate'

// The adapter's tests cover each rule through grassrootsAdapter.validate; these pin the date and the odd inputs.
const TODAY = '2026-03-10'

const target: Pick<TargetConfig, 'settings'> = { settings: {} }

const story = (bulletin: Partial<BulletinSpec>): PublicStory =>
  ({
    id: '1',
    headline: 'Lịch cắt điện',
    standfirst: '',
    bodyText: '',
    bulletin: {
      priority: 'normal',
      communes: [{ code: '04321', name: 'Xã Đức Long' }],
      schedule: { startDate: TODAY, daysOfWeek: [], times: ['06:30'], repeats: 1 },
      ledText: 'Cắt điện',
      spokenText: '',
      voice: '',
      ...bulletin,
    },
  }) as PublicStory

describe('validateBulletin', () => {
  it('uses the target’s default voice when the bulletin names none', () => {
    expect(validateBulletin(story({}), target, TODAY)).toEqual([])
    expect(validateBulletin(story({}), { settings: { defaultVoice: 'vi-vn-x-south' } }, TODAY)).toEqual([])
  })

  it('judges an emergency’s start against the given day', () => {
    const emergency = story({
      priority: 'emergency',
      schedule: { startDate: '2026-03-11', daysOfWeek: [], times: [], repeats: 1 },
    })
    expect(validateBulletin(emergency, target, TODAY).map((p) => p.field)).toEqual([
      'grassroots.schedule.startDate',
    ])
    expect(validateBulletin(emergency, target, '2026-03-11')).toEqual([])
  })

  it('refuses an unknown priority and counts a duplicated commune once', () => {
    expect(validateBulletin(story({ priority: 'urgent' as BulletinPriority }), target, TODAY)[0]!.field).toBe(
      'grassroots.priority',
    )
    const twice = story({
      communes: [
        { code: '04321', name: 'Xã Đức Long' },
        { code: '04321', name: 'Xã Đức Long' },
      ],
    })
    expect(validateBulletin(twice, target, TODAY)).toEqual([])
  })
})
