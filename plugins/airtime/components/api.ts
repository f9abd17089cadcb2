import type { ComplianceReport } from '../lib/compliance'
import type { Log } from '../lib/vocabulary'

/** Shapes of the airtime REST answers as the admin reads them, and one fetch helper. */

export type Id = number | string

export type Channel = { id: Id; name: string; kind: 'radio' | 'tv' }

export type ComplianceAnswer = ComplianceReport & { channel: Channel; log: Log; itemCount: number }

export type LineProblem = { message: string; line?: number; column?: string }

export type ImportAnswer = { created: number; replaced: number; dates: string[]; message: string }
export type BuildAnswer = { created: number; replaced: number; rundowns: number; message: string }

/** A refusal with every problem the server listed (a CSV's bad lines). */
export class ApiProblems extends Error {
  readonly status: number
  readonly problems: LineProblem[]
  constructor(status: number, problems: LineProblem[]) {
    super(problems[0]?.message ?? `HTTP ${status}`)
    this.name = 'ApiProblems'
    this.status = status
    this.problems = problems
  }
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** JSON over the admin's cookie; non-2xx answers become ApiProblems with the server's messages. */
export async function requestJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const problems: LineProblem[] = Array.isArray(body?.errors)
      ? body.errors
      : [{ message: body?.message ?? `HTTP ${response.status}` }]
    throw new ApiProblems(response.status, problems)
  }
  return body as T
}

/** Today in Vietnam (UTC+7), whatever the browser's time zone. */
export function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}

const pad = (n: number) => String(n).padStart(2, '0')
export const clock = (seconds: number) =>
  `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor((seconds % 3600) / 60))}${seconds % 60 ? `:${pad(seconds % 60)}` : ''}`
export const hours = (seconds: number) => {
  const h = Math.floor(seconds / 3600)
  const m = Math.round((seconds % 3600) / 60)
  return h ? `${h} giờ${m ? ` ${pad(m)} phút` : ''}` : `${m} phút`
}
