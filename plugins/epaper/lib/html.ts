/** Escaping for the reader's server-rendered HTML: every value from the database goes through these. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/** JSON that is safe inside <script type="application/json">: no "</script>", no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** "2026-03-10T…" → "10/03/2026" (the edition's own calendar date, whatever the time stored). */
export function formatEditionDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return ''
  const date = new Date(iso)
  // Dates picked as a day are stored at noon or midnight UTC; read them in Vietnam's time.
  const local = Number.isFinite(date.getTime())
    ? new Date(date.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10).split('-')
    : [match[1], match[2], match[3]]
  return `${local[2]}/${local[1]}/${local[0]}`
}
