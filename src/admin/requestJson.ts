/** One problem a refusal lists: `{ errors: [{ message, line?, column? }] }` (a CSV's bad lines carry lines). */
export type ApiProblem = { message: string; line?: number; column?: string }

/** A refused request: the server's first Vietnamese message, the HTTP status and every problem listed. */
export class ApiError extends Error {
  readonly status: number
  readonly problems: ApiProblem[]
  constructor(status: number, problems: ApiProblem[]) {
    super(problems[0]?.message ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problems = problems
  }
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * JSON over the admin's cookie (`json` sends a body, POST unless told otherwise). Non-2xx answers
 * carry `{ errors: [{ message }] }`, already in Vietnamese; that is what staff need to read, so it
 * becomes the thrown ApiError.
 */
export async function requestJson<T>(url: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {}
  const response = await fetch(url, {
    credentials: 'include',
    ...rest,
    ...(json === undefined
      ? {}
      : {
          method: rest.method ?? 'POST',
          body: JSON.stringify(json),
          headers: { 'Content-Type': 'application/json' },
        }),
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const problems: ApiProblem[] =
      Array.isArray(body?.errors) && body.errors.length
        ? body.errors
        : [{ message: body?.message ?? `HTTP ${response.status}` }]
    throw new ApiError(response.status, problems)
  }
  return body as T
}
