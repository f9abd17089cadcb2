import { describe, expect, it } from '@jest/globals'

import type { Delivery } from './api'
import {
  anyInFlight,
  countQuery,
  domesticShareWheres,
  errorBesideProblems,
  latestPerTargetAction,
  listQuery,
  shareOf,
  whereParams,
} from './deliveryQuery'

const delivery = (fields: Partial<Delivery> & Pick<Delivery, 'id'>): Delivery => ({
  action: 'publish',
  status: 'confirmed',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

describe('whereParams', () => {
  it('writes arrays as indexed keys, so a comma inside a value stays one value', () => {
    const params = whereParams({ status: { in: ['failed', 'a,b'] }, domestic: { equals: true } })
    expect([...params.entries()]).toEqual([
      ['where[status][in][0]', 'failed'],
      ['where[status][in][1]', 'a,b'],
      ['where[domestic][equals]', 'true'],
    ])
  })
})

describe('listQuery', () => {
  it('sorts newest first, populates only what a row shows and passes the locale', () => {
    const params = new URLSearchParams(listQuery({ status: { equals: 'failed' } }, 50, 'en'))
    expect(params.get('where[status][equals]')).toBe('failed')
    expect(params.get('sort')).toBe('-updatedAt')
    expect(params.get('limit')).toBe('50')
    expect(params.get('depth')).toBe('1')
    expect(params.get('populate[stories][headline]')).toBe('true')
    expect(params.get('populate[distribution-targets][name]')).toBe('true')
    expect(params.get('locale')).toBe('en')
  })
})

describe('domestic share', () => {
  it('counts confirmed deliveries of the last days, then the domestic ones among them', () => {
    const { all, domestic } = domesticShareWheres(new Date('2026-03-31T12:00:00.000Z'), 30)
    expect(countQuery(all)).toBe(
      new URLSearchParams({
        'where[status][equals]': 'confirmed',
        'where[confirmedAt][greater_than_equal]': '2026-03-01T12:00:00.000Z',
      }).toString(),
    )
    expect(domestic).toEqual({ ...all, domestic: { equals: true } })
  })

  it('has no share when nothing was confirmed', () => {
    expect(shareOf(0, 0)).toBeUndefined()
    expect(shareOf(3, 4)).toBe(0.75)
  })
})

describe('latestPerTargetAction', () => {
  it('keeps the newest delivery per target and action, whatever the order and shape of target', () => {
    const latest = latestPerTargetAction([
      delivery({ id: 3, target: 7, status: 'confirmed', createdAt: '2026-01-02T00:00:00.000Z' }),
      delivery({ id: 1, target: { id: 7, name: 'Báo Mới' }, status: 'failed' }),
      delivery({ id: 5, target: 7, action: 'update', status: 'queued' }),
      delivery({ id: 9, target: 8, status: 'sent' }),
      delivery({ id: 10, target: 8, status: 'confirmed' }),
      delivery({ id: 11, target: null }),
    ])
    expect([...latest.keys()]).toEqual(['7', '8'])
    expect(latest.get('7')?.get('publish')?.id).toBe(3)
    expect(latest.get('7')?.get('update')?.status).toBe('queued')
    // Same millisecond: the later record wins.
    expect(latest.get('8')?.get('publish')?.id).toBe(10)
  })

  it('says when something is still on its way', () => {
    expect(anyInFlight([delivery({ id: 1 }), delivery({ id: 2, status: 'sent' })])).toBe(true)
    expect(anyInFlight([delivery({ id: 1, status: 'failed' })])).toBe(false)
  })
})

describe('errorBesideProblems', () => {
  const problems = [{ field: 'body', message: 'Tin chưa có nội dung.' }]

  it('drops an error that only restates the listed problems', () => {
    expect(
      errorBesideProblems({
        lastError: 'Nội dung chưa đạt yêu cầu của RSS: Tin chưa có nội dung.',
        problems,
      }),
    ).toBe(undefined)
  })

  it('keeps any other error, and an error without problems', () => {
    expect(errorBesideProblems({ lastError: 'HTTP 503 từ Zalo', problems })).toBe('HTTP 503 từ Zalo')
    expect(errorBesideProblems({ lastError: ' HTTP 503 ', problems: null })).toBe('HTTP 503')
    expect(errorBesideProblems({ lastError: null, problems })).toBeUndefined()
  })
})
