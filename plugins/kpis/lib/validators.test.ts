import { describe, expect, it } from '@jest/globals'

import { checkTrainingDate, checkTrainingHours, reportDeadline, staffMember } from './validators'

const now = new Date('2026-11-22T10:00:00.000Z')

describe('training records', () => {
  it('accepts dates from 2000 up to tomorrow (Vietnam days)', () => {
    expect(checkTrainingDate('2000-01-01T00:00:00.000+07:00', now)).toBe(true)
    expect(checkTrainingDate('2026-11-23T12:00:00.000Z', now)).toBe(true)
    expect(checkTrainingDate('2026-11-24T12:00:00.000Z', now)).toMatch(/tương lai.*2026-11-23/)
    expect(checkTrainingDate('1999-12-31T12:00:00.000Z', now)).toMatch(/trước năm 2000/)
    expect(checkTrainingDate('không phải ngày', now)).toMatch(/không hợp lệ/)
    expect(checkTrainingDate(undefined, now)).toMatch(/Cần nhập/)
    expect(checkTrainingDate(undefined, now, false)).toBe(true)
  })

  it('wants hours above 0 and at most 1000', () => {
    expect(checkTrainingHours(0.5)).toBe(true)
    expect(checkTrainingHours(1000)).toBe(true)
    expect(checkTrainingHours(0)).toMatch(/lớn hơn 0/)
    expect(checkTrainingHours(1000.5)).toMatch(/quá 1000/)
    expect(checkTrainingHours('8')).toMatch(/phải là một số/)
    expect(checkTrainingHours(null)).toMatch(/Cần nhập/)
  })
})

describe('report deadline', () => {
  const check = (value: unknown) => (reportDeadline as (v: unknown) => true | string)(value)
  it('is a real day-month', () => {
    expect(check('05-12')).toBe(true)
    expect(check('15-12')).toBe(true)
    expect(check('31-11')).toMatch(/không phải một ngày có thật/)
    expect(check('29-02')).toMatch(/không phải một ngày có thật/)
    expect(check('5/12')).toMatch(/DD-MM/)
  })
})

describe('the staff member trained', () => {
  const check = (findByID: () => Promise<unknown>) =>
    (staffMember as (value: unknown, options: unknown) => Promise<true | string>)(7, {
      event: 'submit',
      req: { payload: { findByID } },
    })

  it('names an unknown user, and lets a database failure surface instead of calling it unknown', async () => {
    expect(await check(async () => null)).toMatch(/Không có người dùng "7"/)
    expect(await check(async () => ({ role: 'reporter', fullName: 'A' }))).toBe(true)
    await expect(
      check(async () => {
        throw new Error('connection refused')
      }),
    ).rejects.toThrow('connection refused')
  })
})
