/**
 * A radio news script from the story: a spoken opening, the standfirst (or the lead) as the
 * intro, then the body in spoken style, fitted to the slot by dropping the weakest sentences.
 */
import type { StoryText, TextOption } from '../../types'
import { fitToSeconds, timingNote, type ScriptUnit } from './fitting'
import { overlap, type ScoredSentence, type StoryAnalysis } from './scoring'
import { splitLongSentences, toSpokenVietnamese } from './spokenStyle'

export const RADIO_OPENING = 'Thưa quý thính giả,'

/** Words that start an institution's or a title's name: capitalised even mid-sentence. */
const NAME_HEADS = new Set(
  (
    'ủy hội sở bộ ban trung công tổng cục chi viện trường bệnh đảng quốc chính thủ chủ phó bí đoàn mặt liên ' +
    'tòa văn tỉnh thành huyện xã phường đại'
  ).split(' '),
)

/** "Thưa quý thính giả, sáng ngày ..." — the first word goes lower-case unless it starts a name. */
export function withOpening(text: string, opening = RADIO_OPENING): string {
  const words = text.split(/\s+/)
  const first = words[0] ?? ''
  const second = words[1] ?? ''
  const startsName =
    NAME_HEADS.has(first.toLowerCase()) || /^\p{Lu}/u.test(second) || /^\p{Lu}{2,}/u.test(first)
  const body = startsName ? text : first.charAt(0).toLowerCase() + text.slice(1)
  return `${opening} ${body}`
}

type Unit = ScriptUnit & { group: number }

/** The intro: the standfirst, else the first sentence of the body, else the headline. */
export function leadSentences(story: StoryText, analysis: StoryAnalysis): ScoredSentence[] {
  if (analysis.standfirst.length) return analysis.standfirst
  if (analysis.body.length) return [analysis.body[0]]
  const headline = story.headline.trim()
  return headline
    ? [{ text: headline, paragraph: -1, order: 0, indexInParagraph: 0, syllables: 0, score: 1 }]
    : []
}

/** Body sentences not already said by the intro (the sapo usually restates the lead). */
export function bodyAfterLead(analysis: StoryAnalysis, lead: ScoredSentence[]): ScoredSentence[] {
  return analysis.body.filter((s) => !lead.includes(s) && !lead.some((l) => overlap(l.text, s.text) >= 0.6))
}

export function spoken(text: string): string {
  return splitLongSentences(toSpokenVietnamese(text))
}

export function radioScriptOptions(
  story: StoryText,
  analysis: StoryAnalysis,
  { targetSeconds, readRate }: { targetSeconds?: number; readRate: number },
): TextOption[] {
  const lead = leadSentences(story, analysis)
  if (!lead.length) return []
  const body = bodyAfterLead(analysis, lead)
  const last = Math.max(analysis.body.length - 1, 1)
  const units: Unit[] = [
    ...lead.map((s) => ({ spoken: spoken(s.text), score: s.score, position: 0, locked: true, group: -1 })),
    ...body.map((s) => ({
      spoken: spoken(s.text),
      score: s.score,
      position: s.order / last,
      locked: false,
      group: s.paragraph,
    })),
  ]
  // The opening is read too, so it counts against the slot.
  units[0] = { ...units[0], spoken: withOpening(units[0].spoken) }
  const { kept, seconds, dropped } = fitToSeconds(units, targetSeconds, readRate)

  const paragraphs: string[] = []
  let group: number | undefined
  for (const unit of kept) {
    if (unit.group !== group) paragraphs.push(unit.spoken)
    else paragraphs[paragraphs.length - 1] += ` ${unit.spoken}`
    group = unit.group
  }
  return [{ text: paragraphs.join('\n\n'), note: timingNote(seconds, readRate, targetSeconds, dropped) }]
}
