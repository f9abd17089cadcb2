/**
 * Turns a news sentence into a headline-shaped phrase the way a desk editor would: drop the
 * dateline ("Sáng 12/3,"), the scene-setter ("Tại hội nghị,"), the connective ("Bên cạnh đó,"),
 * the attribution ("Theo Sở Tài chính,", "..., ông A cho biết."), asides in parentheses and the
 * past marker "đã"; then shorten at a clause boundary.
 */
import { capitalise, cutAtClause } from './textFit'

const TIME_WORD = '(?:rạng sáng|sáng|trưa|chiều|tối|đêm|ngày|hôm)'
const LEADING_PATTERNS: RegExp[] = [
  // Datelines: "Sáng 12/3,", "Chiều qua,", "Tối 10/3 (giờ địa phương),", "Trong ngày 12-13/3,".
  new RegExp(`^(?:(?:vào|trong|ngay trong)\\s+)?${TIME_WORD}(?:\\s+[^,]{0,40})?,\\s*`, 'iu'),
  /^(?:hôm nay|hôm qua|mới đây|vừa qua|gần đây|cuối tuần qua|đầu tuần này|sáng nay|chiều nay|tối nay),\s*/iu,
  /^(?:theo đó|ngoài ra|bên cạnh đó|đồng thời|cụ thể|trong đó|tuy nhiên|do đó|vì vậy|như vậy|hiện nay|trước đó|sau đó|đáng chú ý|đặc biệt|qua đó|nhờ đó|được biết|song song đó|mặt khác),\s*/iu,
  /^(?:tại|ở)\s+[^,]{1,60},\s*/iu,
  // Circumstances before the main clause: "Do ảnh hưởng của bão số 3,", "Từ đêm 20/7 đến sáng 22/7,".
  /^(?:do|vì|với|nhằm|để|từ|trước|sau khi|nhờ)\s[^,]{3,80},\s*/iu,
  /^(?:hiện nay|hiện)\s+(?=toàn|các|nhiều|đã|đang|có|tỉnh|thành phố|trên)/iu,
  /^theo\s+[^,]{1,80},\s*/iu,
  /^phát biểu\s+[^,]{0,60},\s*/iu,
]

const SPEECH_VERB =
  '(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|thông tin|chia sẻ|nhận định|thông báo|cho rằng)'
const TRAILING_PATTERNS: RegExp[] = [
  new RegExp(`,\\s*(?:ông|bà|anh|chị|đại diện|lãnh đạo)\\s[^“”"]*?\\s${SPEECH_VERB}\\s*[.!…]?$`, 'u'),
  /,\s*theo\s+[^,“”"]+[.!…]?$/u,
]
// "Sở X cho biết <fact>": the fact is the headline. Not "nói"/"thông tin", which are also nouns.
const REPORTED_RE =
  /^[^,“”"]{3,90}?\s(?:cho biết|cho hay|khẳng định|nhấn mạnh|thông báo|cho rằng)\s+(?:rằng\s+|là\s+)?(?=\p{L})/u

/** The sentence without its dateline, scene-setter, connectives and attribution. */
export function stripFraming(sentence: string): string {
  let text = sentence.replace(/\s+/g, ' ').trim()
  for (let changed = true; changed; ) {
    changed = false
    for (const pattern of LEADING_PATTERNS) {
      const next = text.replace(pattern, '')
      // Never strip down to a fragment: the rest must still say something.
      if (next !== text && next.length >= 25) {
        text = next
        changed = true
      }
    }
  }
  const reported = REPORTED_RE.exec(text)
  if (
    reported &&
    text.length - reported[0].length >= 30 &&
    !/[:“"]/.test(text.slice(reported[0].length, reported[0].length + 2))
  ) {
    text = text.slice(reported[0].length)
  }
  for (const pattern of TRAILING_PATTERNS) {
    const match = pattern.exec(text)
    if (match && match.index >= 25) text = text.slice(0, match.index)
  }
  return capitalise(text.trim())
}

const TITLE =
  '(?:Phó\\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Tổng|Thứ trưởng|Bộ trưởng|Chánh|Viện trưởng|Hiệu trưởng)'
// "ông A, Phó Chủ tịch UBND tỉnh," and "do ông A ... dẫn đầu": who, not what.
const APPOSITIVE_RE = new RegExp(`,\\s*${TITLE}[^,]*,`, 'gu')
const LED_BY_RE = /\s+do\s+(?:ông|bà|đồng chí)\s[^“”"]*?\s(?:làm trưởng đoàn|dẫn đầu|chủ trì)(?=[\s,.])/gu

/** A headline candidate from a sentence: framing stripped, no parentheses, ≤ maxChars. */
export function toHeadline(sentence: string, maxChars: number): string {
  let text = stripFraming(sentence)
  text = text.replace(/\s*\([^()]*\)/g, '')
  text = text.replace(LED_BY_RE, '').replace(APPOSITIVE_RE, '')
  text = text.replace(/\s+đã\s+/gu, ' ')
  text = text.replace(/[.!…]+$/u, '').trim()
  return capitalise(cutAtClause(text, maxChars))
}

/**
 * "<Nơi>: <sự việc>" from a headline candidate: removes the place (and the administrative words
 * before it) from the start, or a generic "Tỉnh"/"UBND tỉnh" subject.
 */
export function withPlacePrefix(headline: string, place: string, maxChars: number): string | null {
  const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const authority = '(?:(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\\s+)?'
  // No `i` flag: under /iu, \p{Ll} would match capitals too.
  const named = new RegExp(
    `^${authority}(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\\.?|[Xx]ã|[Pp]hường)\\s+)?${escaped}(?![\\p{L}])`,
    'u',
  )
  const generic = new RegExp(`^${authority}(?:[Tt]ỉnh|[Tt]hành phố)\\s+(?=\\p{Ll})`, 'u')
  const rest = headline
    .replace(named, '')
    .replace(generic, '')
    .replace(/^[,:\s–-]+/u, '')
    // Once the place leads the headline, "... trên địa bàn tỉnh Hưng Yên ..." repeats it.
    .replace(
      new RegExp(
        `(?:\\s+(?:trên địa bàn|tại|ở|của))?\\s+(?:tỉnh|thành phố|TP\\.?)\\s+${escaped}(?![\\p{L}])`,
        'gu',
      ),
      '',
    )
    .trim()
  if (rest.length < 20) return null
  const prefix = `${place}: `
  const body = cutAtClause(capitalise(rest), maxChars - prefix.length, 20)
  return body ? prefix + capitalise(body) : null
}
