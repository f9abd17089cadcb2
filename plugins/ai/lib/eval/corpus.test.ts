import { describe, expect, it } from '@jest/globals'

import { CORPUS } from '../../../../bench/ai/corpus'
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

describe('evaluation corpus', () => {
  it('has at least 60 texts with unique ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(CORPUS.map((t) => t.id)).size).toBe(CORPUS.length)
  })

  it('has a headline and a body of 2–5 paragraphs, 400–1,500 characters, in NFC', () => {
    expect(badShapes(CORPUS, { paragraphs: [2, 5], chars: [400, 1500] })).toEqual([])
  })

  it('labels only places of the seed data, each once', () => {
    expect(unknownPlaces(CORPUS)).toEqual([])
    expect(repeatedPlaces(CORPUS)).toEqual([])
  })

  it('labels the province with every Hưng Yên commune or ward', () => {
    expect(orphanCommunes(CORPUS)).toEqual([])
  })

  it('labels a commune only when its name is in the text (any tone-mark placement)', () => {
    expect(communesNotInText(CORPUS)).toEqual([])
  })

  it('uses 0–3 topic slugs of the seed taxonomy, each once', () => {
    expect(badTopics(CORPUS)).toEqual([])
  })

  it('labels people and organisations as written in the text', () => {
    expect(namesNotInText(CORPUS)).toEqual([])
  })

  it('includes texts with no place and texts set outside Hưng Yên', () => {
    expect(CORPUS.filter((t) => t.places.length === 0).length).toBeGreaterThanOrEqual(3)
    expect(
      CORPUS.filter((t) => t.places.length && !t.places.includes(DEMO_PROVINCE)).length,
    ).toBeGreaterThanOrEqual(10)
  })
})
