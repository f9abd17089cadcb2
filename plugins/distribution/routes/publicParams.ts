/** Query parameters of the public routes, checked with one clear message per bad value. */
export type ParamResult<T> = { ok: true; value: T } | { ok: false; message: string }

export function intParam(
  raw: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number,
): ParamResult<number> {
  if (raw === undefined || raw === '') return { ok: true, value: fallback }
  if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw))
    return {
      ok: false,
      message: `Tham số "${name}" phải là số nguyên từ ${min} đến ${max} (got ${JSON.stringify(raw)}).`,
    }
  const value = Number(raw)
  if (value < min || value > max)
    return { ok: false, message: `Tham số "${name}" phải từ ${min} đến ${max} (got ${value}).` }
  return { ok: true, value }
}

export function choiceParam(
  raw: unknown,
  name: string,
  choices: readonly string[],
  fallback: string,
): ParamResult<string> {
  if (raw === undefined || raw === '') return { ok: true, value: fallback }
  if (typeof raw !== 'string' || !choices.includes(raw))
    return {
      ok: false,
      message: `Tham số "${name}" phải là một trong: ${choices.join(', ')} (got ${JSON.stringify(raw)}).`,
    }
  return { ok: true, value: raw }
}

/** Optional free text (a code, a slug): one value, printable, at most 200 characters. */
export function textParam(raw: unknown, name: string): ParamResult<string | undefined> {
  if (raw === undefined || raw === '') return { ok: true, value: undefined }
  if (typeof raw !== 'string' || raw.length > 200 || [...raw].some((c) => c.charCodeAt(0) < 0x20))
    return { ok: false, message: `Tham số "${name}" không hợp lệ.` }
  return { ok: true, value: raw }
}
