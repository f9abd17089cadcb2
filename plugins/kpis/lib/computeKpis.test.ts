import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { resolveFilterRefs } from './computeKpis'

const payloadWith = (findByID: () => Promise<unknown>) => ({ findByID }) as unknown as Payload

describe('the filter’s publication and desk', () => {
  it('are looked up, an unknown id answering 404', async () => {
    const found = await resolveFilterRefs(
      payloadWith(async () => ({ id: 3, name: 'Truyền hình', kind: 'tv' })),
      { publication: 3 },
    )
    expect(found.publication).toEqual({ id: 3, name: 'Truyền hình', kind: 'tv' })
    await expect(
      resolveFilterRefs(
        payloadWith(async () => null),
        { desk: 9 },
      ),
    ).rejects.toMatchObject({
      status: 404,
      message: 'Không có ban "9".',
    })
  })

  it('let a database failure surface as the error it is, not as "not found"', async () => {
    const failing = payloadWith(async () => {
      throw new Error('connection refused')
    })
    await expect(resolveFilterRefs(failing, { publication: 3 })).rejects.toThrow('connection refused')
  })
})
