import { expect } from '@jest/globals'

import { plainTextToLexical } from '../../plugins/ai/lib/storyText'
import type { SpellingIssue, TagOption, TextOption } from '../../plugins/ai/types'
import { auth, type TestNewsroom, waitFor } from './newsroom'

export type SuggestionDoc = {
  id: number | string
  status: string
  error?: string | null
  providerKind?: string
  providerLabel?: string
  model?: string
  promptVersion?: string
  output?: {
    kind: string
    options?: TextOption[]
    tags?: TagOption[]
    issues?: SpellingIssue[]
    fields?: Record<string, string>
  }
  tokens?: number
  cost?: number
}

/** Asks for a suggestion over REST as `token` and returns the response. */
export function requestSuggestion(newsroom: TestNewsroom, token: string, body: Record<string, unknown>) {
  return newsroom.http().post('/api/ai-suggestions').set(auth(token)).send(body)
}

/** Waits until the worker has finished a suggestion (ready or failed). */
export function waitForSuggestion(newsroom: TestNewsroom, id: number | string, timeoutMs = 30_000) {
  return waitFor(
    async () => {
      const doc = (await newsroom.payload.findByID({
        collection: 'ai-suggestions' as never,
        id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as SuggestionDoc
      return doc.status === 'ready' || doc.status === 'failed' ? doc : undefined
    },
    { timeoutMs, what: `AI suggestion ${id}` },
  )
}

/** Requests a suggestion and waits for its result, expecting the request to be accepted. */
export async function suggest(newsroom: TestNewsroom, token: string, body: Record<string, unknown>) {
  const res = await requestSuggestion(newsroom, token, body)
  expect(res.status).toBe(201)
  return waitForSuggestion(newsroom, res.body.doc.id)
}

/** A story with a real body, as a reporter would have written it. */
export function createDraft(
  newsroom: TestNewsroom,
  {
    headline,
    standfirst = '',
    body,
    createdBy,
    ...rest
  }: Record<string, unknown> & { headline: string; body: string },
) {
  return newsroom.payload.create({
    collection: 'stories',
    data: {
      headline,
      standfirst,
      body: plainTextToLexical(body),
      workflowState: 'drafting',
      desk: newsroom.desks.news,
      createdBy,
      ...rest,
    } as never,
  })
}

/** Accepts (or rejects) a suggestion over REST as `token` and returns the response. */
export function decideSuggestion(
  newsroom: TestNewsroom,
  token: string,
  id: number | string,
  body: Record<string, unknown> = {},
  action: 'accept' | 'reject' = 'accept',
) {
  return newsroom.http().post(`/api/ai-suggestions/${id}/${action}`).set(auth(token)).send(body)
}
