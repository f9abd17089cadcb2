import type { PayloadRequest } from 'payload'

import { mayEditSchedule, mayReadCompliance } from '../../../src/access/airtime'
import { errorResponse } from '../../../src/lib/httpErrors'
import { readJsonObject as readJson } from '../../../src/lib/requestBody'
import type { LineError } from './scheduleCsv'

/** Small request helpers the airtime endpoints share; every refusal is in Payload's error shape. */

export function refuseEditor(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayEditSchedule(req))
    return errorResponse(403, 'Chỉ biên tập viên, trưởng ban, lãnh đạo và quản trị được sửa lịch phát sóng.')
}

export function refuseReader(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayReadCompliance(req))
    return errorResponse(
      403,
      'Chỉ biên tập viên, trưởng ban, lãnh đạo và quản trị được xem báo cáo thời lượng.',
    )
}

/** `{ channel, date }` is a few dozen bytes; anything near this is not a request of ours. */
export const MAX_JSON_BYTES = 16 * 1024

/** A JSON object body, or the 400 saying it is not one (413 when too big). */
export const readJsonObject = (req: PayloadRequest) => readJson(req, MAX_JSON_BYTES)

/** "true"/"1"/"có" or "false"/"0"/"không"; empty gives the default; anything else is an error. */
export function booleanParam(
  value: string | null | undefined,
  fallback: boolean,
  name: string,
): boolean | Response {
  const key = (value ?? '').trim().toLowerCase()
  if (key === '') return fallback
  if (['true', '1', 'yes', 'có', 'co'].includes(key)) return true
  if (['false', '0', 'no', 'không', 'khong'].includes(key)) return false
  return errorResponse(400, `Tham số "${name}" phải là true hoặc false, nhận được "${value}".`)
}

/** Every line's problems at once, each with its line and column as well as in the message. */
export function lineErrorResponse(errors: readonly LineError[], status = 400): Response {
  return Response.json(
    {
      errors: errors.map(({ line, column, message }) => ({
        message: line > 0 ? `Dòng ${line}${column ? `, cột "${column}"` : ''}: ${message}` : message,
        line,
        ...(column ? { column } : {}),
      })),
    },
    { status },
  )
}

/** Payload's unique-constraint failure on a field, as thrown by a create. */
export function isUniqueClash(error: unknown, field: string): boolean {
  const data = (error as { data?: { errors?: Array<{ path?: string }> } }).data
  return Boolean(data?.errors?.some((e) => e.path === field))
}
