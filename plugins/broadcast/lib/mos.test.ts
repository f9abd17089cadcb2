import { describe, expect, it } from '@jest/globals'

import { buildRoCreate, escapeXml, MOS_TIME_BASE, ncsIDFor } from './mos'
import { readRoCreate } from './readMos'

const input = {
  mosID: 'toasoan.mos',
  ncsID: 'toasoan.ncs',
  messageID: 4711,
  roID: 'toasoan.mos.ro.20260902.ab12cd34',
  roSlug: 'Thời sự 19h — 02/09/2026',
  date: '2026-09-02',
  startTime: '19:00:00',
  plannedDurationSeconds: 1805,
  items: [
    {
      itemID: 'I0a1b2c3d4e5f',
      slug: 'Lễ kỷ niệm Quốc khánh <2/9> & diễu hành',
      objID: 'story.12.4',
      type: 'story',
      status: 'ready',
      origin: 'self',
      plannedSeconds: 95,
      frontTime: '19:00:00',
      backTime: '19:28:20',
    },
    {
      itemID: 'I9f8e7d6c5b4a',
      slug: 'Quảng cáo',
      objID: 'ad.I9f8e7d6c5b4a',
      type: 'ad',
      status: 'draft',
      plannedSeconds: 30,
      actualSeconds: 31,
    },
  ],
}

describe('buildRoCreate', () => {
  it('is a well-formed MOS roCreate with the rundown ids, slugs and durations', () => {
    const mos = readRoCreate(buildRoCreate(input))
    expect(mos).toMatchObject({ mosID: 'toasoan.mos', ncsID: 'toasoan.ncs', messageID: '4711' })
    expect(mos.roCreate).toMatchObject({
      roID: input.roID,
      roSlug: 'Thời sự 19h — 02/09/2026',
      roEdStart: '2026-09-02T19:00:00',
      roEdDur: '00:30:05',
    })
    expect(mos.roCreate.story.map((story) => [story.storyID, story.storyNum, story.storySlug])).toEqual([
      ['I0a1b2c3d4e5f', '1', 'Lễ kỷ niệm Quốc khánh <2/9> & diễu hành'],
      ['I9f8e7d6c5b4a', '2', 'Quảng cáo'],
    ])
    const [first, second] = mos.roCreate.story.map((story) => story.item[0]!)
    expect(first).toMatchObject({
      itemID: 'I0a1b2c3d4e5f',
      objID: 'story.12.4',
      mosID: 'toasoan.mos',
      itemEdDur: String(95 * MOS_TIME_BASE),
    })
    expect(first!.mosExternalMetadata).toMatchObject({
      mosScope: 'PLAYLIST',
      mosPayload: {
        type: 'story',
        status: 'ready',
        origin: 'self',
        frontTime: '19:00:00',
        backTime: '19:28:20',
      },
    })
    expect(second!.mosExternalMetadata!.mosPayload).toMatchObject({ actualSeconds: '31', timeBase: '50' })
    expect(second!.mosExternalMetadata!.mosPayload.origin).toBeUndefined()
  })

  it('keeps element order the MOS DTD asks for', () => {
    const xml = buildRoCreate(input)
    const order = ['<roID>', '<roSlug>', '<roEdStart>', '<roEdDur>', '<story>']
    const positions = order.map((tag) => xml.indexOf(tag))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const item = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'))
    const itemOrder = ['<itemID>', '<itemSlug>', '<objID>', '<mosID>', '<itemEdDur>', '<mosExternalMetadata>']
    const itemPositions = itemOrder.map((tag) => item.indexOf(tag))
    expect(itemPositions.every((at) => at >= 0)).toBe(true)
    expect([...itemPositions].sort((a, b) => a - b)).toEqual(itemPositions)
  })

  it('cuts slugs at 128 characters without splitting a letter, and an empty rundown has no stories', () => {
    const long = 'Đ'.repeat(200)
    const mos = readRoCreate(buildRoCreate({ ...input, roSlug: long, items: [] }))
    expect(mos.roCreate.roSlug).toBe('Đ'.repeat(128))
    expect(mos.roCreate.story).toEqual([])
  })
})

describe('helpers', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'\u0007`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;')
  })
  it('derives the NCS id from the MOS id', () => {
    expect(ncsIDFor('toasoan.mos')).toBe('toasoan.ncs')
    expect(ncsIDFor('ptth.hungyen')).toBe('ptth.hungyen.ncs')
  })
})
