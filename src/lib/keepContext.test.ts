import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { keepContext } from './keepContext'

describe('keepContext', () => {
  it('gives the outer operation its own context back, even when the nested call fails', async () => {
    const outer = { fromOuter: true }
    const req = { context: outer } as unknown as PayloadRequest
    await keepContext(req, async () => {
      req.context = { ...req.context, skipAudit: true }
    })
    expect(req.context).toBe(outer)
    await expect(
      keepContext(req, async () => {
        req.context = { skipAudit: true }
        throw new Error('nested call failed')
      }),
    ).rejects.toThrow('nested call failed')
    expect(req.context).toBe(outer)
  })
})
