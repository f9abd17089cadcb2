/**
 * Anatomy of one written Vietnamese syllable: onset, vowel nucleus, coda and tone mark. The spell
 * checker needs it because the hunspell dictionary lists each syllable once, with the tone mark
 * on the main vowel ("hoà", "thuỷ"), while the agency writes "hòa", "thủy", "khỏe"; and because
 * the likeliest fix for a typo is another tone or vowel mark on the same letters.
 */

/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const
export type Tone = '' | (typeof TONE_MARKS)[number]
export const TONES: readonly Tone[] = ['', ...TONE_MARKS]

const TONE_MARK_RE = /[\u0300\u0301\u0309\u0303\u0323]/g
const HAS_TONE_MARK_RE = /[\u0300\u0301\u0309\u0303\u0323]/
const MARKED_VOWELS = 'ăâêôơư'
const SHAPE_RE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/

/**
 * Where the tone mark goes on an open "oa", "oe", "uy": `classic` on the first vowel ("hòa",
 * "thủy", "khỏe": the agency's style and most Vietnamese newspapers'), `modern` on the second
 * ("hoà", "thuỷ", "khoẻ": the hunspell dictionary's). Both are correct spellings.
 */
export type TonePlacement = 'classic' | 'modern'

export type Syllable = { onset: string; nucleus: string; coda: string; tone: Tone }

/** Letters without the tone mark (vowel marks ă â ê ô ơ ư and đ stay), case kept, NFC. */
export function stripTone(word: string): string {
  return word.normalize('NFD').replace(TONE_MARK_RE, '').normalize('NFC')
}

export function toneOf(word: string): Tone {
  const marks = word.normalize('NFD').match(TONE_MARK_RE)
  return (marks?.[0] as Tone | undefined) ?? ''
}

/** Splits a syllable (any case; parts come lower-case); null when its letters cannot form one. */
export function parseSyllable(word: string): Syllable | null {
  const tone = toneOf(word)
  const base = stripTone(word).toLowerCase()
  const shape = SHAPE_RE.exec(base)
  if (!shape) return null
  // The alternation tries "gi" and "qu" as onsets first ("giá", "quý") and backs off to "g" + "i"
  // when nothing else is left for the nucleus ("gìn").
  const [, onset = '', nucleus, coda = ''] = shape
  return { onset, nucleus, coda, tone }
}

/** True when the letters are shaped like a Vietnamese syllable (loanwords and names are not). */
export function looksVietnamese(word: string): boolean {
  return parseSyllable(word) !== null
}

/** Endings -p, -t, -c, -ch take only the sắc or nặng tone ("nghiệp", never "nghiêp"). */
export function breaksStopToneRule(word: string): boolean {
  const syllable = parseSyllable(word)
  if (!syllable) return false
  return /^(p|t|c|ch)$/.test(syllable.coda) && syllable.tone !== '\u0301' && syllable.tone !== '\u0323'
}

/** Index, inside the nucleus, of the vowel that carries the tone mark. */
function toneIndex(nucleus: string, coda: string, placement: TonePlacement): number {
  let marked = -1
  for (let i = 0; i < nucleus.length; i++) if (MARKED_VOWELS.includes(nucleus[i])) marked = i
  if (marked >= 0) return marked
  if (coda) return nucleus.length - 1
  if (nucleus.length === 3) return 1
  if (nucleus.length === 2) {
    if (/^(oa|oe|uy)$/.test(nucleus)) return placement === 'classic' ? 0 : 1
    return 0
  }
  return 0
}

/** Writes the syllable with its tone mark where `placement` puts it, keeping the original case. */
export function placeTone(word: string, placement: TonePlacement, tone: Tone = toneOf(word)): string {
  const base = stripTone(word)
  if (!tone) return base
  const syllable = parseSyllable(base)
  if (!syllable) return word.normalize('NFC')
  const at = syllable.onset.length + toneIndex(syllable.nucleus, syllable.coda, placement)
  const chars = [...base]
  chars[at] = (chars[at] + tone).normalize('NFC')
  return chars.join('').normalize('NFC')
}

/** Which placement an open oa/oe/uy syllable uses, or null when placement makes no difference. */
export function tonePlacementOf(word: string): TonePlacement | null {
  const nfc = word.normalize('NFC')
  const classic = placeTone(nfc, 'classic')
  const modern = placeTone(nfc, 'modern')
  if (classic === modern) return null
  if (nfc === classic) return 'classic'
  if (nfc === modern) return 'modern'
  return null
}

const QUALITY_GROUPS = ['aăâ', 'eê', 'oôơ', 'uư', 'iy', 'dđ']

function alternativesOf(char: string): string[] {
  const lower = char.toLowerCase()
  const group = QUALITY_GROUPS.find((g) => g.includes(lower))
  if (!group) return [char]
  const upper = char !== lower
  return [...group].map((c) => (upper ? c.toUpperCase() : c))
}

export type Variant = { word: string; cost: number; toneChanged: boolean }

/**
 * Spellings one or two marks away: another tone, another vowel mark (a/ă/â, o/ô/ơ, u/ư, e/ê),
 * i/y ("quí" → "quý") or d/đ. Sorted by cost (changed marks); the word itself is excluded.
 * Written with the classic placement.
 */
export function markVariants(word: string, maxCost = 2): Variant[] {
  const base = stripTone(word.normalize('NFC'))
  const tone = toneOf(word)
  const chars = [...base]
  const bases: Array<{ word: string; cost: number }> = [{ word: base, cost: 0 }]
  for (let i = 0; i < chars.length; i++) {
    const options = alternativesOf(chars[i])
    if (options.length === 1) continue
    const current = bases.length
    for (let b = 0; b < current; b++) {
      for (const option of options) {
        if (option === chars[i] || bases[b].cost >= maxCost) continue
        const next = [...bases[b].word]
        next[i] = option
        bases.push({ word: next.join(''), cost: bases[b].cost + 1 })
      }
    }
  }
  const seen = new Set<string>([placeTone(base, 'classic', tone)])
  const out: Variant[] = []
  for (const candidate of bases) {
    if (!parseSyllable(candidate.word)) continue
    for (const t of TONES) {
      const cost = candidate.cost + (t === tone ? 0 : 1)
      if (cost === 0 || cost > maxCost) continue
      const spelled = placeTone(candidate.word, 'classic', t)
      if (seen.has(spelled)) continue
      seen.add(spelled)
      out.push({ word: spelled, cost, toneChanged: t !== tone })
    }
  }
  // A wrong vowel mark is a likelier slip than a wrong tone, so those come first at equal cost.
  return out.sort((a, b) => a.cost - b.cost || Number(a.toneChanged) - Number(b.toneChanged))
}

/** Gives `word` the case pattern of `model` (capitalised or all caps). */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase())
    return word.toUpperCase()
  if (model[0] && model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1)
  return word
}

export function hasVietnameseMarks(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase()
  return /[ăâêôơưđ]/.test(lower) || HAS_TONE_MARK_RE.test(lower.normalize('NFD'))
}
