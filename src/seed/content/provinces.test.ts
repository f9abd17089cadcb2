import { describe, expect, it } from '@jest/globals'

import { DEMO_COMMUNES, FORMER_PROVINCES, PROVINCE_ALIASES, PROVINCES } from './provinces'
import { BROADCAST_STORIES } from './stories-broadcast'
import { ECONOMY_STORIES } from './stories-economy'
import { NEWS_STORIES } from './stories-news'
import { ONLINE_STORIES } from './stories-online'
import { SOCIETY_STORIES } from './stories-society'

const STORIES = [
  ...NEWS_STORIES,
  ...ECONOMY_STORIES,
  ...SOCIETY_STORIES,
  ...BROADCAST_STORIES,
  ...ONLINE_STORIES,
]

/** Provinces not merged in 2025 whose name still changed (Thừa Thiên Huế became Huế in January). */
const RENAMED: Record<string, string> = { '46': 'Thừa Thiên Huế' }

function formerNamesOf(newCode: string): string[] {
  return FORMER_PROVINCES.filter((p) => p.becameCode === newCode)
    .map((p) => p.name)
    .sort()
}

describe('FORMER_PROVINCES', () => {
  it('lists the 63 former provinces with unique two-digit codes and names', () => {
    expect(FORMER_PROVINCES).toHaveLength(63)
    expect(new Set(FORMER_PROVINCES.map((p) => p.code)).size).toBe(63)
    expect(new Set(FORMER_PROVINCES.map((p) => p.name)).size).toBe(63)
    for (const { code } of FORMER_PROVINCES) expect(code).toMatch(/^\d{2}$/)
  })

  it('sends every former province to one of the 34 and reaches every one of them', () => {
    const newCodes = new Set(PROVINCES.map((p) => p.code))
    expect(newCodes.size).toBe(34)
    for (const { name, becameCode } of FORMER_PROVINCES) {
      expect([name, newCodes.has(becameCode)]).toEqual([name, true])
    }
    expect(new Set(FORMER_PROVINCES.map((p) => p.becameCode))).toEqual(newCodes)
  })

  it('gives each new province the code of a former province that went into it', () => {
    for (const { name, code } of PROVINCES) {
      const keeper = FORMER_PROVINCES.find((p) => p.code === code)
      expect([name, keeper?.becameCode]).toEqual([name, code])
    }
  })

  it('agrees with the formerUnits strings of the merged provinces', () => {
    const merged = PROVINCES.filter((p) => p.formerUnits)
    expect(merged).toHaveLength(23)
    for (const { code, formerUnits } of merged) {
      const listed = formerUnits!.split(', ').sort()
      expect([code, listed]).toEqual([code, formerNamesOf(code)])
    }
  })

  it('maps each province that was not merged from itself alone', () => {
    for (const { name, code, formerUnits } of PROVINCES) {
      if (formerUnits) continue
      expect([code, formerNamesOf(code)]).toEqual([code, [RENAMED[code] ?? name]])
    }
  })

  it('keys the aliases by codes of the 34', () => {
    const newCodes = new Set(PROVINCES.map((p) => p.code))
    for (const code of Object.keys(PROVINCE_ALIASES)) expect(newCodes.has(code)).toBe(true)
  })
})

describe('DEMO_COMMUNES', () => {
  it('holds the 104 units of Hưng Yên: 11 wards and 93 communes with unique five-digit codes', () => {
    expect(DEMO_COMMUNES).toHaveLength(104)
    expect(DEMO_COMMUNES.filter((c) => c.level === 'ward')).toHaveLength(11)
    expect(new Set(DEMO_COMMUNES.map((c) => c.code)).size).toBe(104)
    expect(new Set(DEMO_COMMUNES.map((c) => c.name)).size).toBe(104)
    for (const { name, level, code } of DEMO_COMMUNES) {
      expect(code).toMatch(/^\d{5}$/)
      expect(name.startsWith(level === 'ward' ? 'Phường ' : 'Xã ')).toBe(true)
      expect(name).toBe(name.normalize('NFC'))
    }
  })

  it('contains every place the demo stories name', () => {
    const known = new Set([...PROVINCES.map((p) => p.name), ...DEMO_COMMUNES.map((c) => c.name)])
    const used = new Set(STORIES.flatMap((story) => story.places ?? []))
    expect(used.size).toBeGreaterThan(10)
    expect([...used].filter((name) => !known.has(name))).toEqual([])
  })
})
