import { expect, it } from '@jest/globals'

import { settlesWithin, withTimeout } from './deadline'

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

it('settlesWithin tells whether a promise resolved before the deadline, and passes a rejection on', async () => {
  expect(await settlesWithin(after(5, 'x'), 200)).toBe(true)
  await expect(settlesWithin(Promise.reject(new Error('no')), 200)).rejects.toThrow('no')
  expect(await settlesWithin(after(200, 'x'), 5)).toBe(false)
})

it('withTimeout passes the value through or rejects with the message', async () => {
  await expect(withTimeout(after(5, 42), 200, 'late')).resolves.toBe(42)
  await expect(withTimeout(after(200, 42), 5, 'Redis không trả lời')).rejects.toThrow('Redis không trả lời')
  await expect(withTimeout(Promise.reject(new Error('own')), 200, 'late')).rejects.toThrow('own')
})
