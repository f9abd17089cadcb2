/** Shapes of the airtime REST answers as the admin reads them, and one fetch helper. */
import type { ComplianceReport } from '../lib/compliance'
import type { Log } from '../lib/vocabulary'
export { ApiError as ApiProblems, messageOf, requestJson } from '../../../src/admin/requestJson'

export type Id = number | string

export type Channel = { id: Id; name: string; kind: 'radio' | 'tv' }

export type ComplianceAnswer = ComplianceReport & { channel: Channel; log: Log; itemCount: number }

export type { ApiProblem as LineProblem } from '../../../src/admin/requestJson'

export type ImportAnswer = { created: number; replaced: number; dates: string[]; message: string }
export type BuildAnswer = { created: number; replaced: number; rundowns: number; message: string }

const pad = (n: number) => String(n).padStart(2, '0')
export const clock = (seconds: number) =>
  `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor((seconds % 3600) / 60))}${seconds % 60 ? `:${pad(seconds % 60)}` : ''}`
export const hours = (seconds: number) => {
  const h = Math.floor(seconds / 3600)
  const m = Math.round((seconds % 3600) / 60)
  return h ? `${h} giờ${m ? ` ${pad(m)} phút` : ''}` : `${m} phút`
}
