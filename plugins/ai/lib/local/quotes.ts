/**
 * Direct quotes and who said them: “...” or "..." in a sentence, with the speaker named before
 * ("ông Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết: “...”") or after ("“...”, ông Bình nói").
 * A short second mention ("ông Bình") is resolved to the full name and title given earlier.
 */
import { capitalise } from './textFit'

export type Quote = { text: string; speaker: string | null }

type Person = { honorific: string; name: string; role?: string }

const NAME = '\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3}'
const PERSON_RE = new RegExp(
  `(?<![\\p{L}])(ông|bà|anh|chị|Ông|Bà|Anh|Chị)\\s+(${NAME})(?:,\\s*(\\p{Lu}[^,“”"]{2,90}?),)?`,
  'gu',
)
const QUOTE_RE = /“([^”]+)”|"([^"]+)"/gu
const MIN_QUOTE_SYLLABLES = 5

/** People named in the text, by every way they may be mentioned again (full and given name). */
export function peopleIn(text: string): Map<string, Person> {
  const people = new Map<string, Person>()
  for (const match of text.matchAll(PERSON_RE)) {
    const person: Person = { honorific: match[1].toLowerCase(), name: match[2], role: match[3]?.trim() }
    const given = match[2].split(/\s+/).pop() ?? match[2]
    const known = people.get(match[2])
    // The first mention carries the title; a later "ông Bình" must not overwrite it.
    if (!known || (!known.role && person.role)) people.set(match[2], person)
    if (!people.has(given) || (!people.get(given)?.role && person.role)) people.set(given, person)
  }
  return people
}

function label(person: Person): string {
  return capitalise(`${person.honorific} ${person.name}${person.role ? `, ${person.role}` : ''}`)
}

function speakerOf(
  sentence: string,
  quoteStart: number,
  quoteEnd: number,
  people: Map<string, Person>,
): string | null {
  const before = sentence.slice(0, quoteStart)
  const after = sentence.slice(quoteEnd)
  const mentions = [...before.matchAll(PERSON_RE)]
  const afterMention =
    /^[,\s]*(?:ông|bà|anh|chị)\s+([^,.;!?]+?)\s+(?:nói|cho biết|nhấn mạnh|khẳng định|chia sẻ|cho hay)/u.exec(
      after,
    )
  const name = mentions.length ? mentions[mentions.length - 1][2] : afterMention?.[1]
  if (!name) return null
  const person = people.get(name) ?? people.get(name.split(/\s+/).pop() ?? name)
  if (person) return label(person)
  const honorific = mentions.length ? mentions[mentions.length - 1][1] : 'ông'
  return capitalise(`${honorific.toLowerCase()} ${name}`)
}

/** Quotes of at least a few syllables in `sentence`, each with its speaker when detectable. */
export function quotesIn(sentence: string, people: Map<string, Person>): Quote[] {
  const quotes: Quote[] = []
  for (const match of sentence.matchAll(QUOTE_RE)) {
    const text = (match[1] ?? match[2]).trim()
    if (text.split(/\s+/).length < MIN_QUOTE_SYLLABLES) continue
    quotes.push({ text, speaker: speakerOf(sentence, match.index, match.index + match[0].length, people) })
  }
  return quotes
}
