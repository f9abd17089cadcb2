import type { AiTask, TaskParams } from '../types'

type Rule = { min: number; max: number }

const NUMERIC: Record<'count' | 'maxChars' | 'targetSeconds', Rule> = {
  count: { min: 1, max: 10 },
  maxChars: { min: 20, max: 50_000 },
  targetSeconds: { min: 5, max: 3_600 },
}

const NAMES: Record<string, string> = {
  count: 'số phương án (count)',
  maxChars: 'độ dài tối đa (maxChars)',
  targetSeconds: 'thời lượng mục tiêu (targetSeconds)',
}

/**
 * Checks a suggestion request's parameters and returns them cleaned, or the first problem in
 * words an editor understands. Unknown keys are refused rather than ignored: a typo such as
 * `maxChar` would otherwise silently give a default-length result.
 */
export function validateParams(
  task: AiTask,
  raw: unknown,
  locale: string,
  locales: readonly string[],
): { params: TaskParams } | { problem: string } {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    return { problem: 'Tham số (params) phải là một đối tượng JSON.' }
  }
  const input = (raw ?? {}) as Record<string, unknown>
  const params: TaskParams = {}
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue
    if (key in NUMERIC) {
      const rule = NUMERIC[key as keyof typeof NUMERIC]
      if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) {
        return { problem: `${NAMES[key]} phải là số nguyên từ ${rule.min} đến ${rule.max}.` }
      }
      params[key as keyof typeof NUMERIC] = value
    } else if (key === 'targetLocale') {
      if (typeof value !== 'string' || !locales.includes(value)) {
        return {
          problem: `Ngôn ngữ đích "${String(value)}" không có trong các ngôn ngữ nội dung (${locales.join(', ')}).`,
        }
      }
      params.targetLocale = value
    } else {
      return { problem: `Tham số "${key}" không được hỗ trợ.` }
    }
  }
  if (task === 'translate') {
    if (!params.targetLocale) return { problem: 'Dịch cần ngôn ngữ đích (params.targetLocale).' }
    if (params.targetLocale === locale) return { problem: 'Ngôn ngữ đích phải khác ngôn ngữ của bản gốc.' }
  }
  if (task === 'printCut' && !params.maxChars) {
    return { problem: 'Cắt gọn cho báo in cần độ dài mục tiêu (params.maxChars).' }
  }
  return { params }
}
