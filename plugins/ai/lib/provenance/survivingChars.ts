import diff from 'fast-diff'

const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu
const WORD = /^[\p{L}\p{M}\p{N}]+$/u

/**
 * A kept run must hold at least this many words: two unrelated sentences always share a few
 * common words ("của", "và", "năm") in order, and counting those would make any rewrite look
 * partly AI-written.
 */
const MIN_WORDS_IN_RUN = 2

/** Maps each distinct token to one private-use character so fast-diff compares whole tokens. */
function encodeTokens(a: string, b: string) {
  const codes = new Map<string, string>()
  const tokens = new Map<string, string>()
  const encode = (text: string) =>
    (text.match(TOKEN) ?? [])
      .map((token) => {
        let code = codes.get(token)
        if (!code) {
          // Supplementary private-use planes: 131k codes, far more than distinct words in a story.
          code = String.fromCodePoint(0xf0000 + codes.size)
          codes.set(token, code)
          tokens.set(code, token)
        }
        return code
      })
      .join('')
  return { a: encode(a), b: encode(b), tokens }
}

/**
 * How many characters of `finalText` still come from `aiText` after human edits: the characters
 * of the runs the two have in common along a minimal, semantically cleaned-up edit script, taken
 * word by word (a word a person retyped differently, deleted or added does not count; neither do
 * lone common words matched by chance). NFC first, so a re-typed identical letter is not an edit.
 */
export function survivingChars(aiText: string, finalText: string): number {
  const ai = aiText.normalize('NFC')
  const final = finalText.normalize('NFC')
  if (!ai || !final) return 0
  if (ai === final) return final.length
  const encoded = encodeTokens(ai, final)
  let kept = 0
  for (const [op, run] of diff(encoded.a, encoded.b, undefined, true)) {
    if (op !== diff.EQUAL) continue
    const words = [...run].map((code) => encoded.tokens.get(code) ?? '')
    if (words.filter((token) => WORD.test(token)).length < MIN_WORDS_IN_RUN) continue
    kept += words.reduce((n, token) => n + token.length, 0)
  }
  return kept
}
