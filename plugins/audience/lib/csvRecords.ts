/**
 * CSV records read one at a time from decoded text (RFC 4180 quoting, CRLF or LF), without
 * splitting the whole file first: a million-line platform export never exists as a million
 * arrays at once. Lines without quotes (nearly all of them) take a fast path.
 */

export type CsvRecord = { line: number; fields: string[] }
export type CsvProblem = { line: number; message: string }

/** `,`, `;` or tab, whichever the header line uses most (Vietnamese Excel writes `;`). */
export function detectDelimiter(headerLine: string): string {
  const count = (ch: string) => headerLine.split(ch).length - 1
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')]
  if (tabs > commas && tabs > semicolons) return '\t'
  return semicolons > commas ? ';' : ','
}

/** The first line of the text (for delimiter detection). */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/)
  return end === -1 ? text : text.slice(0, end)
}

/**
 * Yields every non-blank record with the line it starts on. A quote opened and never closed
 * ends the iteration with a problem instead of swallowing the rest of the file silently.
 */
export function* csvRecords(
  text: string,
  delimiter: string,
  onProblem: (problem: CsvProblem) => void,
): Generator<CsvRecord> {
  let position = 0
  let line = 1
  const length = text.length
  while (position < length) {
    let end = text.indexOf('\n', position)
    if (end === -1) end = length
    const raw = text.slice(position, end > position && text[end - 1] === '\r' ? end - 1 : end)
    if (!raw.includes('"')) {
      if (raw.trim() !== '') yield { line, fields: raw.split(delimiter) }
      position = end + 1
      line++
      continue
    }
    // Slow path: quoted fields, which may hold delimiters, quotes ("") and line breaks.
    const startLine = line
    const fields: string[] = []
    let field = ''
    let quoted = false
    let started = false
    let i = position
    for (; i < length; i++) {
      const ch = text[i]!
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"'
          i++
        } else if (ch === '"') quoted = false
        else {
          if (ch === '\n') line++
          field += ch
        }
        continue
      }
      if (ch === '"' && !started) {
        quoted = true
        started = true
      } else if (ch === delimiter) {
        fields.push(field)
        field = ''
        started = false
      } else if (ch === '\n') break
      else if (ch === '\r' && (text[i + 1] === '\n' || i + 1 === length)) continue
      else {
        field += ch
        if (ch !== ' ' && ch !== '\t') started = true
      }
    }
    if (quoted) {
      onProblem({ line: startLine, message: 'dấu ngoặc kép mở nhưng không đóng' })
      return
    }
    fields.push(field)
    if (fields.length > 1 || fields[0]!.trim() !== '') yield { line: startLine, fields }
    position = i + 1
    line++
  }
}
