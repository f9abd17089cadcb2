/**
 * Checks of a labelled evaluation set against the seed data, shared by the corpus and the
 * held-out set: each returns the offending text ids (or `id: label`), empty when all is well.
 */
import type { LabelledText } from '../../../../bench/ai/corpus/types'
import { searchKey } from '../../../../src/lib/vietnamese'
import { TOPICS } from '../../../../src/seed/content/organisation'
import { DEMO_COMMUNES, DEMO_PROVINCE, PROVINCES } from '../../../../src/seed/content/provinces'

const provinces = new Set(PROVINCES.map((p) => p.name))
const communes = new Set(DEMO_COMMUNES.map((c) => c.name))
const slugs = new Set(TOPICS.map((t) => t.slug))
const textOf = (t: LabelledText) => `${t.headline}\n${t.body}`

/** Texts without a headline, or whose body is not `paragraphs` paragraphs of `chars` characters in NFC. */
export function badShapes(
  texts: readonly LabelledText[],
  {
    paragraphs: [minParagraphs, maxParagraphs],
    chars: [minChars, maxChars],
  }: {
    paragraphs: [number, number]
    chars: [number, number]
  },
): string[] {
  return texts
    .filter((t) => {
      const paragraphs = t.body.split('\n\n')
      return (
        !t.headline.trim() ||
        paragraphs.length < minParagraphs ||
        paragraphs.length > maxParagraphs ||
        paragraphs.some((p) => !p.trim()) ||
        t.body.length < minChars ||
        t.body.length > maxChars ||
        t.headline.normalize('NFC') !== t.headline ||
        t.body.normalize('NFC') !== t.body
      )
    })
    .map((t) => t.id)
}

export const unknownPlaces = (texts: readonly LabelledText[]): string[] =>
  texts.flatMap((t) =>
    t.places.filter((p) => !provinces.has(p) && !communes.has(p)).map((p) => `${t.id}: ${p}`),
  )

export const repeatedPlaces = (texts: readonly LabelledText[]): string[] =>
  texts.filter((t) => new Set(t.places).size !== t.places.length).map((t) => t.id)

/** Texts labelling a Hưng Yên commune or ward without the province. */
export const orphanCommunes = (texts: readonly LabelledText[]): string[] =>
  texts
    .filter((t) => t.places.some((p) => communes.has(p)) && !t.places.includes(DEMO_PROVINCE))
    .map((t) => t.id)

/** Communes labelled whose name is not in the text (any tone-mark placement). */
export const communesNotInText = (texts: readonly LabelledText[]): string[] =>
  texts.flatMap((t) =>
    t.places
      .filter((p) => communes.has(p))
      .filter((p) => !searchKey(textOf(t)).includes(searchKey(p.replace(/^(Xã|Phường) /, ''))))
      .map((p) => `${t.id}: ${p}`),
  )

/** Texts with more than 3 topics, a topic twice, or a slug not in the seed taxonomy. */
export const badTopics = (texts: readonly LabelledText[]): string[] =>
  texts
    .filter(
      (t) =>
        t.topics.length > 3 ||
        new Set(t.topics).size !== t.topics.length ||
        t.topics.some((s) => !slugs.has(s)),
    )
    .map((t) => t.id)

/** People and organisations labelled that are not written as such in the text. */
export const namesNotInText = (texts: readonly LabelledText[]): string[] =>
  texts.flatMap((t) =>
    [...(t.people ?? []), ...(t.organisations ?? [])]
      .filter((name) => !textOf(t).includes(name))
      .map((name) => `${t.id}: ${name}`),
  )
