/**
 * A TV package outline: [DẪN] for the anchor, then per paragraph a [HÌNH] shot suggestion and
 * [LỜI BÌNH] voice-over, and [PHỎNG VẤN] for each soundbite, fitted to the slot like the radio
 * script. Shot lines are directions, not read, so they do not count towards the time.
 */
import type { StoryText, TextOption } from '../../types'
import { fitToSeconds, timingNote, type ScriptUnit } from './fitting'
import { placeMentions } from './places'
import { peopleIn, quotesIn } from './quotes'
import { bodyAfterLead, leadSentences, spoken } from './radioScript'
import { byScore, type ScoredSentence, type StoryAnalysis } from './scoring'

export const TV_MARKERS = { lead: '[DẪN]', shot: '[HÌNH]', voiceOver: '[LỜI BÌNH]', interview: '[PHỎNG VẤN]' }

/** What to film, by what the paragraph talks about; first match in the text first. */
const SHOTS: Array<[RegExp, string]> = [
  [/hội nghị|hội thảo|cuộc họp|phiên họp|kỳ họp|diễn đàn/iu, 'toàn cảnh hội trường, cận cảnh đại biểu'],
  [/trạm bơm|tiêu úng|tiêu nước|kênh mương|thủy lợi/iu, 'trạm bơm vận hành, nước được tiêu thoát'],
  [/mưa|lũ|ngập|sạt lở|bão|triều cường/iu, 'hiện trường mưa lũ, ngập úng'],
  [/lúa|cánh đồng|ruộng|gieo cấy|thu hoạch|nông dân|cây trồng/iu, 'cánh đồng, nông dân trên ruộng'],
  [/khu công nghiệp|KCN|nhà máy|sản xuất|dây chuyền/iu, 'nhà máy, dây chuyền sản xuất'],
  [/dự án|công trình|thi công|hạ tầng|khởi công|xây dựng/iu, 'công trường, phối cảnh dự án'],
  [/du lịch|du khách|ven biển|bãi biển|di tích/iu, 'cảnh quan, du khách tham quan'],
  [/thí sinh|học sinh|điểm thi|lớp học|giáo viên|kỳ thi/iu, 'thí sinh, học sinh tại điểm thi'],
  [/bệnh viện|bệnh nhân|y tế|bác sĩ|tiêm chủng/iu, 'y bác sĩ, bệnh nhân tại cơ sở y tế'],
  [/tai nạn|cảnh sát giao thông|CSGT|phương tiện/iu, 'lực lượng chức năng, phương tiện trên đường'],
  [/tàu cá|ngư dân|bến cảng|cảng cá/iu, 'tàu thuyền, ngư dân, bến cảng'],
  [/hồ sơ|thủ tục|trực tuyến|dịch vụ công|một cửa/iu, 'người dân làm thủ tục, màn hình cổng dịch vụ công'],
  [/cháy|hỏa hoạn/iu, 'hiện trường vụ cháy, lực lượng chữa cháy'],
  [/trao|tặng|khen thưởng/iu, 'trao quyết định, chụp ảnh lưu niệm'],
  [/phát biểu|chỉ đạo|yêu cầu|đề nghị|kiểm tra/iu, 'lãnh đạo làm việc, phát biểu chỉ đạo'],
]
const FIGURE_RE =
  /\d[\d.,]*(?:-\d[\d.,]*)?\s*(?:%|(?:tỷ|triệu|nghìn)\s+(?:đồng|USD)|ha|MW|km|tấn|mm|m3|m2|°C)(?![\p{L}])/gu
const MAX_SHOTS = 2
const MAX_FIGURES = 3

/**
 * A shot suggestion from the paragraph's subjects, places and figures; shots in `recent` (the
 * previous suggestion) are offered only when nothing else fits, so the pictures move on.
 */
export function shotFor(
  paragraph: string,
  keyTerms: Array<[string, number]>,
  recent = new Set<string>(),
): string {
  const matching = SHOTS.map(([pattern, shot]) => [pattern.exec(paragraph)?.index ?? -1, shot] as const)
    .filter(([index]) => index >= 0)
    .sort((a, b) => a[0] - b[0])
    .map(([, shot]) => shot)
  const fresh = matching.filter((shot) => !recent.has(shot))
  const found = (fresh.length ? fresh : matching).slice(0, MAX_SHOTS)
  recent.clear()
  for (const shot of found) recent.add(shot)
  if (!found.length) {
    const lower = paragraph.toLowerCase()
    const topic = keyTerms.find(([term]) => term.includes(' ') && lower.includes(term))?.[0]
    found.push(topic ? `hình ảnh minh họa về ${topic}` : 'hình ảnh minh họa tại hiện trường')
  }
  const place = placeMentions(paragraph)[0]?.name
  const figures = [...new Set(paragraph.match(FIGURE_RE) ?? [])].slice(0, MAX_FIGURES)
  let shot = found.join('; ')
  if (place) shot += ` (${place})`
  if (figures.length) shot += `; đồ họa số liệu: ${figures.join(', ')}`
  return shot.charAt(0).toUpperCase() + shot.slice(1)
}

type Unit = ScriptUnit & { line: string; paragraph: number; voiceOver: boolean }

export function tvOutlineOptions(
  story: StoryText,
  analysis: StoryAnalysis,
  { targetSeconds, readRate }: { targetSeconds?: number; readRate: number },
): TextOption[] {
  const lead = leadSentences(story, analysis)
  if (!lead.length) return []
  const people = peopleIn(`${story.standfirst}\n${story.body}`)
  const leadText = spoken(lead.map((s) => s.text).join(' '))
  const units: Unit[] = [
    {
      spoken: leadText,
      line: `${TV_MARKERS.lead} ${leadText}`,
      score: 0,
      position: 0,
      locked: true,
      paragraph: -1,
      voiceOver: false,
    },
  ]
  const last = Math.max(analysis.body.length - 1, 1)
  const remaining = new Set(bodyAfterLead(analysis, lead))
  for (const sentences of analysis.paragraphs) {
    const left = sentences.filter((s) => remaining.has(s))
    const withQuotes = left.map((s) => ({ sentence: s, quotes: quotesIn(s.text, people) }))
    // Voice-over: the paragraph's two strongest sentences that are not soundbites, in order.
    const narration = withQuotes
      .filter((q) => !q.quotes.length)
      .map((q) => q.sentence)
      .sort(byScore)
      .slice(0, 2)
    const pieces: Array<{ sentence: ScoredSentence; unit: Omit<Unit, 'position' | 'score' | 'paragraph'> }> =
      []
    for (const { sentence, quotes } of withQuotes) {
      if (narration.includes(sentence)) {
        const text = spoken(sentence.text)
        pieces.push({ sentence, unit: { spoken: text, line: text, locked: false, voiceOver: true } })
      }
      for (const quote of quotes) {
        const line = `${TV_MARKERS.interview} ${quote.speaker ?? 'Nhân vật (chưa rõ tên)'}: “${quote.text}”`
        pieces.push({ sentence, unit: { spoken: quote.text, line, locked: false, voiceOver: false } })
      }
    }
    for (const { sentence, unit } of pieces) {
      units.push({
        ...unit,
        score: sentence.score,
        position: sentence.order / last,
        paragraph: sentence.paragraph,
      })
    }
  }
  const { kept, seconds, dropped } = fitToSeconds(units, targetSeconds, readRate)

  const lines: string[] = []
  let paragraph: number | undefined
  let inVoiceOver = false
  const recentShots = new Set<string>()
  for (const unit of kept) {
    if (unit.paragraph !== paragraph && unit.paragraph >= 0) {
      const source = analysis.paragraphs[unit.paragraph].map((s) => s.text).join(' ')
      lines.push(`${TV_MARKERS.shot} ${shotFor(source, analysis.keyTerms, recentShots)}`)
      inVoiceOver = false
    }
    paragraph = unit.paragraph
    if (unit.voiceOver && inVoiceOver) lines[lines.length - 1] += ` ${unit.line}`
    else lines.push(unit.voiceOver ? `${TV_MARKERS.voiceOver} ${unit.line}` : unit.line)
    inVoiceOver = unit.voiceOver
  }
  return [{ text: lines.join('\n'), note: timingNote(seconds, readRate, targetSeconds, dropped) }]
}
