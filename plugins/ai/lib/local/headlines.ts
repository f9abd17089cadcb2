/**
 * Headline candidates: the lead compressed, the same with the place in front ("Quảng Ngãi: ..."),
 * the strongest other sentences compressed, and a short variant, distinct from each other and
 * from the current headline.
 */
import type { StoryText, TextOption } from '../../types'
import { searchKey } from '../../../../src/lib/vietnamese'
import { toHeadline, withPlacePrefix } from './compress'
import { mainPlace } from './places'
import { byScore, similarity, type StoryAnalysis } from './scoring'
import { capitalise, charCount, cutAtClause } from './textFit'

export const HEADLINE_MAX_CHARS = 110
const SHORT_HEADLINE_CHARS = 70
const MIN_HEADLINE_CHARS = 20
const DEFAULT_COUNT = 5
const MAX_COUNT = 10

/** A direct quote ("... cho biết: “...”", or opening with one) does not compress into a headline. */
const DIRECT_QUOTE_RE = /:\s*[“"]|^[“"]/

/** "Tỉnh trao ..." says nothing on a front page; name the province. */
function nameTheSubject(headline: string, place: string | null): string {
  if (!place) return headline
  return headline.replace(/^(?:UBND\s+)?[Tt]ỉnh\s+(?=\p{Ll})/u, `${place} `)
}

export function headlineOptions(
  story: StoryText,
  analysis: StoryAnalysis,
  count = DEFAULT_COUNT,
): TextOption[] {
  const wanted = Number.isFinite(count) ? Math.max(1, Math.min(Math.floor(count), MAX_COUNT)) : DEFAULT_COUNT
  const place = mainPlace(story)
  const sources = [...analysis.body, ...analysis.standfirst].filter((s) => !DIRECT_QUOTE_RE.test(s.text))
  const lead = sources.find((s) => s.paragraph === 0) ?? sources.find((s) => s.paragraph === -1) ?? sources[0]
  if (!lead) return []
  const ranked = sources.filter((s) => s !== lead).sort(byScore)

  const plain = (text: string) => nameTheSubject(toHeadline(text, HEADLINE_MAX_CHARS), place)
  const leadHeadline = plain(lead.text)
  type Candidate = TextOption & { placeForm: boolean }
  const candidates: Candidate[] = [{ text: leadHeadline, note: 'Rút gọn từ câu mở đầu', placeForm: false }]
  const addPlaceForm = (sentence: string) => {
    if (!place) return
    const prefixed = withPlacePrefix(toHeadline(sentence, HEADLINE_MAX_CHARS), place, HEADLINE_MAX_CHARS)
    if (prefixed) candidates.push({ text: prefixed, note: 'Dạng “Địa danh: sự việc”', placeForm: true })
  }
  addPlaceForm(lead.text)
  for (const [rank, sentence] of ranked.slice(0, wanted + 2).entries()) {
    candidates.push({
      text: plain(sentence.text),
      note: 'Rút gọn từ câu có nhiều từ khóa của bài',
      placeForm: false,
    })
    if (rank === 0) addPlaceForm(sentence.text)
  }
  const short = capitalise(cutAtClause(leadHeadline, SHORT_HEADLINE_CHARS, MIN_HEADLINE_CHARS))
  candidates.push({ text: short, note: 'Bản ngắn của câu mở đầu', placeForm: false })

  const current = searchKey(story.headline)
  const chosen: Candidate[] = []
  for (const candidate of candidates) {
    if (chosen.length >= wanted) break
    const text = candidate.text.trim()
    const length = charCount(text)
    if (length < MIN_HEADLINE_CHARS || length > HEADLINE_MAX_CHARS) continue
    const key = searchKey(text)
    if (key === current) continue
    // The "<Nơi>: ..." form is a different shape of the same sentence, so it is compared only
    // with other candidates of its shape.
    const seen = chosen.some(
      (c) =>
        searchKey(c.text) === key ||
        (c.placeForm === candidate.placeForm && similarity(c.text, text) >= 0.85),
    )
    if (!seen) chosen.push({ ...candidate, text })
  }
  return chosen.map(({ text, note }) => ({ text, note }))
}
