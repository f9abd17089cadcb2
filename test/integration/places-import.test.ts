import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Config } from 'payload'

import { importPlaces } from '../../collections/Places/importPlaces'
import { PROVINCES } from '../../src/seed/content/provinces'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const SAMPLE = readFileSync(new URL('../../docs/examples/places-sample.csv', import.meta.url))
const FAILING_NAME = 'Xã Lỗi Ghi Thử'
const csv = (text: string) => new TextEncoder().encode(text)

/** Makes the database refuse one place mid-import, as a failing disk or constraint would. */
function failOnePlace(config: Config): Config {
  const collections = (config.collections ?? []).map((collection) =>
    collection.slug === 'places'
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [
              ...(collection.hooks?.beforeChange ?? []),
              ({ data }: { data: { name?: string } }) => {
                if (data.name === FAILING_NAME) throw new Error('ổ đĩa đầy (giả lập)')
                return data
              },
            ],
          },
        }
      : collection,
  )
  return { ...config, collections }
}

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({}, { withUsers: false, plugins: [failOnePlace] })
  for (const { name, code, formerUnits } of PROVINCES) {
    await newsroom.payload.create({
      collection: 'places',
      data: { name, code, level: 'province', formerUnits: formerUnits ?? null },
    })
  }
})

afterAll(async () => {
  await newsroom?.stop()
})

const communes = async () =>
  (await newsroom.payload.count({ collection: 'places', where: { level: { not_equals: 'province' } } }))
    .totalDocs

describe('importing the national list of communes from CSV', () => {
  it('creates the file’s communes under their province, then recognises them on a second import', async () => {
    const first = await importPlaces(newsroom.payload, SAMPLE)
    expect(first).toEqual({ ok: true, rows: 6, counts: { created: 6, updated: 0, unchanged: 0 } })
    const { docs } = await newsroom.payload.find({
      collection: 'places',
      where: { code: { equals: '12205' } },
      depth: 1,
    })
    expect(docs[0]).toMatchObject({ name: 'Xã Khoái Châu', level: 'commune', parent: { code: '33' } })
    const again = await importPlaces(newsroom.payload, SAMPLE)
    expect(again).toEqual({ ok: true, rows: 6, counts: { created: 0, updated: 0, unchanged: 6 } })
  })

  it('updates a renamed commune and leaves a dry run unwritten', async () => {
    const renamed = csv('ma_tinh,ten_tinh,ma_xa,ten_xa,cap\n33,Hưng Yên,12019,Xã Văn Giang Mới,Xã\n')
    const dry = await importPlaces(newsroom.payload, renamed, { dryRun: true })
    expect(dry).toMatchObject({ ok: true, counts: { updated: 1 } })
    const stored = await newsroom.payload.find({ collection: 'places', where: { code: { equals: '12019' } } })
    expect(stored.docs[0]?.name).toBe('Xã Văn Giang')
    expect(await importPlaces(newsroom.payload, renamed)).toMatchObject({ ok: true, counts: { updated: 1 } })
  })

  it('reports every bad line by number and writes nothing', async () => {
    const before = await communes()
    const result = await importPlaces(
      newsroom.payload,
      csv(
        'ma_tinh,ten_tinh,ma_xa,ten_xa,cap\n' +
          '33,Hưng Yên,99001,Xã Mới Một,Xã\n' +
          '77,Bà Rịa – Vũng Tàu,99002,Xã Cũ,Xã\n' +
          '33,Hưng Yên,12A,Xã Sai Mã,Xã\n',
      ),
    )
    expect(result.ok).toBe(false)
    const lines = result.ok ? [] : result.errors.map((e) => e.line)
    expect(lines).toEqual([3, 4])
    expect(await communes()).toBe(before)
  })

  it('rolls everything back when the database fails part-way', async () => {
    const before = await communes()
    const result = importPlaces(
      newsroom.payload,
      csv(
        'ma_tinh,ten_tinh,ma_xa,ten_xa,cap\n' +
          '33,Hưng Yên,99011,Xã Trước Lỗi Một,Xã\n' +
          '33,Hưng Yên,99012,Xã Trước Lỗi Hai,Xã\n' +
          `33,Hưng Yên,99013,${FAILING_NAME},Xã\n`,
      ),
    )
    await expect(result).rejects.toThrow('ổ đĩa đầy')
    expect(await communes()).toBe(before)
  })
})
