/**
 * Reading one environment value of a kind, the same way for every setting: unset or empty gives
 * the fallback; a bad value is reported (by name, with what was given) and gives the fallback too,
 * so every problem is found in one start.
 */
export type Env = Record<string, string | undefined>

export function boolValue(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase()
  if (!raw) return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true
  if (['0', 'false', 'no', 'off'].includes(raw)) return false
  problems.push(`${name}: "${env[name]}" must be true or false`)
  return fallback
}

export function numberValue(
  env: Env,
  name: string,
  fallback: number,
  { min = -Infinity, max = Infinity }: { min?: number; max?: number },
  problems: string[],
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`
    problems.push(`${name}: "${raw}" must be a number ${range}`)
    return fallback
  }
  return value
}

export function intValue(env: Env, name: string, fallback: number, min: number, problems: string[]): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    problems.push(`${name}: "${raw}" must be a whole number ≥ ${min}`)
    return fallback
  }
  return value
}
