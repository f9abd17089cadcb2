import { describe, expect, it } from '@jest/globals'

import type { Sql } from './sql'
import { creditedPublication, findStoriesByKey } from './stories'

/** Stories 42 ("mua-lua") and 7 ("2026", a slug of digits), answering the lookups by id and by slug. */
function fakeSql(): Sql {
  const stories = [
    { id: 42, slug: 'mua-lua' },
    { id: 7, slug: '2026' },
  ]
  const listed = (raw: string, column: string) =>
    new RegExp(`s\\.${column} IN \\(([^)]*)\\)`)
      .exec(raw)?.[1]!
      .split(', ')
      .map((item) => item.replace(/'/g, '')) ?? []
  return {
    postgres: false,
    table: (slug) => `"${slug}"`,
    run: async () => 0,
    rows: async <Row>(raw: string) =>
      stories
        .filter((story) =>
          raw.includes('s.id IN')
            ? listed(raw, 'id').includes(String(story.id))
            : listed(raw, 'slug').includes(story.slug),
        )
        .map((story) => ({
          id: story.id,
          slug: story.slug,
          workflow_state: 'published',
          published_at: '2026-03-01',
          desk_id: null,
          publication: null,
          kind: null,
        })) as Row[],
  }
}

describe('finding stories by key', () => {
  it('answers a zero-padded id under the key as written', async () => {
    const found = await findStoriesByKey(fakeSql(), ['0042', '42', 'mua-lua', '00000000042'])
    expect(found.get('0042')?.id).toBe(42)
    expect(found.get('42')?.id).toBe(42)
    expect(found.get('mua-lua')?.id).toBe(42)
    // Eleven digits are no id (lookupId), and no story has that slug.
    expect(found.has('00000000042')).toBe(false)
  })

  it('still finds a slug of digits that is no story’s id', async () => {
    const found = await findStoriesByKey(fakeSql(), ['2026', '0007', '99'])
    expect(found.get('2026')?.id).toBe(7)
    expect(found.get('0007')?.id).toBe(7)
    expect(found.has('99')).toBe(false)
  })
})

describe('credited channel', () => {
  const channels = [
    { id: 1, kind: 'print' },
    { id: 2, kind: 'website' },
    { id: 3, kind: 'radio' },
    { id: 4, kind: 'tv' },
  ]

  it('credits a platform to the story’s channel of the kind it serves', () => {
    expect(creditedPublication('website', channels)).toBe(2)
    expect(creditedPublication('spotify', channels)).toBe(3)
    expect(creditedPublication('loudspeaker', channels)).toBe(3)
    expect(creditedPublication('fptplay', channels)).toBe(4)
    expect(creditedPublication('youtube', channels)).toBe(4)
  })

  it('falls back to the next kind, then the first channel, then none', () => {
    expect(creditedPublication('fptplay', [{ id: 9, kind: 'website' }])).toBe(9)
    expect(creditedPublication('radio', [{ id: 7, kind: 'print' }])).toBe(7)
    expect(creditedPublication('radio', [])).toBeNull()
  })
})
