/** One labelled news text of the evaluation corpus (see index.ts for the labelling policy). */
export type LabelledText = {
  id: string
  desk: string
  headline: string
  /** Paragraphs separated by a blank line, as `StoryText.body`. */
  body: string
  /** Official names of the provinces and Hưng Yên communes/wards a correct tagger outputs. */
  places: string[]
  /** Topic slugs of the seed taxonomy (0–3). */
  topics: string[]
  /** Named people; undefined = not labelled (not scored), [] = none. */
  people?: string[]
  /** Named organisations (not state bodies); undefined = not labelled, [] = none. */
  organisations?: string[]
}

export const paragraphs = (...parts: string[]): string => parts.join('\n\n')
