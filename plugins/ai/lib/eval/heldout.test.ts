import { describe, expect, it } from '@jest/globals'

import { CORPUS } from '../../../../bench/ai/corpus'
import { HELDOUT_TEXTS } from '../../../../bench/ai/heldout'
import { searchKey } from '../../../../src/lib/vietnamese'
import { DEMO_PROVINCE } from '../../../../src/seed/content/provinces'
import {
  badShapes,
  badTopics,
  communesNotInText,
  namesNotInText,
  orphanCommunes,
  repeatedPlaces,
  unknownPlaces,
} from './labelChecks'

describe('held-out evaluation set', () => {
  it('has 30 texts with ho- ids, unique across the held-out set and the main corpus', () => {
    expect(HELDOUT_TEXTS).toHaveLength(30)
    expect(HELDOUT_TEXTS.filter((t) => !/^ho-\d{2}$/.test(t.id)).map((t) => t.id)).toEqual([])
    const ids = [...CORPUS, ...HELDOUT_TEXTS].map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('shares no headline or paragraph with the main corpus', () => {
    const seen = new Set(CORPUS.flatMap((t) => [t.headline, ...t.body.split('\n\n')]).map(searchKey))
    const copied = HELDOUT_TEXTS.filter((t) =>
      [t.headline, ...t.body.split('\n\n')].some((part) => seen.has(searchKey(part))),
    )
    expect(copied.map((t) => t.id)).toEqual([])
  })

  it('has a headline and a body of 2–4 paragraphs, 400–1,200 characters, in NFC', () => {
    expect(badShapes(HELDOUT_TEXTS, { paragraphs: [2, 4], chars: [400, 1200] })).toEqual([])
  })

  it('labels only places of the seed data, each once', () => {
    expect(unknownPlaces(HELDOUT_TEXTS)).toEqual([])
    expect(repeatedPlaces(HELDOUT_TEXTS)).toEqual([])
  })

  it('labels the province with every Hưng Yên commune or ward', () => {
    expect(orphanCommunes(HELDOUT_TEXTS)).toEqual([])
  })

  it('labels a commune only when its name is in the text (any tone-mark placement)', () => {
    expect(communesNotInText(HELDOUT_TEXTS)).toEqual([])
  })

  it('uses 0–3 topic slugs of the seed taxonomy, each once', () => {
    expect(badTopics(HELDOUT_TEXTS)).toEqual([])
  })

  it('labels people and organisations as written in the text', () => {
    expect(namesNotInText(HELDOUT_TEXTS)).toEqual([])
  })

  it('mixes texts set in Hưng Yên, in other provinces only, and with no place', () => {
    const inHungYen = HELDOUT_TEXTS.filter((t) => t.places.includes(DEMO_PROVINCE)).length
    const elsewhere = HELDOUT_TEXTS.filter((t) => t.places.length && !t.places.includes(DEMO_PROVINCE)).length
    const none = HELDOUT_TEXTS.filter((t) => t.places.length === 0).length
    expect([inHungYen, elsewhere, none]).toEqual([20, 6, 4])
  })
})
