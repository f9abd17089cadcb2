import { errorResponse } from '../httpErrors'

/** A problem with one line of an imported file (line 0: the file as a whole). */
export type LineError = { line: number; column?: string; message: string }

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
