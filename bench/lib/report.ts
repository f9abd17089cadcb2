/**
 * Output conventions shared by every section: one figure per line,
 * `<section>.<db>.<server>.<case>.<metric> <value> <unit>`, grep- and diff-friendly; human
 * lines start with '#' so a parser can skip them.
 */

export type Section = {
  /** One line for the section header. */
  title: string
  /** Prints its figures; resolves false when any part failed (the run then exits non-zero). */
  run: () => Promise<boolean>
}

const DECIMALS: Record<string, number> = { 'req/s': 1, ms: 1, ratio: 2, s: 1 }

export function figure(name: string, value: number, unit: string): void {
  const decimals = DECIMALS[unit] ?? 0
  const shown = Number.isFinite(value) ? value.toFixed(decimals) : 'NaN'
  console.log(`${name} ${shown} ${unit}`)
}

export function note(text: string): void {
  for (const line of text.split('\n')) console.log(`# ${line}`)
}

export function header(text: string): void {
  console.log(
    `\n# ${'='.repeat(Math.max(10, text.length))}\n# ${text}\n# ${'='.repeat(Math.max(10, text.length))}`,
  )
}

export function envInt(name: string, fallback: number, min = 1): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name}="${raw}" must be a whole number ≥ ${min}`)
  return value
}
