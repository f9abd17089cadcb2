import { vietnamDay } from '../../../src/lib/vietnamTime'

export const FIRST_YEAR = 2020

/** Next year at the latest: an assessment may be drafted ahead, not for a far future. */
export const lastAssessmentYear = (now: Date | number = Date.now()) => Number(vietnamDay(now).slice(0, 4)) + 1

export function isAssessmentYear(value: unknown, now: Date | number = Date.now()): value is number {
  return (
    Number.isInteger(value) && (value as number) >= FIRST_YEAR && (value as number) <= lastAssessmentYear(now)
  )
}

/** The `year` field's validator (Payload's shape: true or the message). */
export function validateAssessmentYear(value: unknown): true | string {
  return isAssessmentYear(value)
    ? true
    : `Năm đánh giá phải là số nguyên từ ${FIRST_YEAR} đến ${lastAssessmentYear()}, nhận được ${JSON.stringify(value ?? null)}.`
}

/** The refusal (409) of a second assessment for a year. */
export const duplicateYearMessage = (year: number, existing: number | string) =>
  `Đã có bản tự đánh giá năm ${year} (#${existing}); mỗi năm chỉ có một bản. Hãy mở bản đó để sửa.`
