'use client'

import { useEffect, useState } from 'react'

import { ApiError, messageOf, requestJson } from './api'

export type JsonState<T> = {
  data?: T
  /** The server's Vietnamese message, and its status (403 hides a section rather than failing it). */
  error?: { message: string; status?: number }
  loading: boolean
}

type Answer<T> = Omit<JsonState<T>, 'loading'> & { key?: string }

/**
 * GET `url` whenever it changes (null: nothing to ask), dropping the answer of a request the
 * filters have since replaced. The last figures stay on screen, dimmed, while new ones load.
 * Loading is derived from which URL answered, so it is true from the very render that changed it.
 * A new `version` asks the same URL again (after an import changed what it answers).
 */
export function useJson<T>(
  url: string | null,
  keepStale: (stale: T) => boolean = () => true,
  version = 0,
): JsonState<T> {
  const [answer, setAnswer] = useState<Answer<T>>({})
  const key = `${version} ${url}`
  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    requestJson<T>(url, { signal: controller.signal })
      .then((data) => setAnswer({ data, key }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setAnswer({
          key,
          error: { message: messageOf(error), status: error instanceof ApiError ? error.status : undefined },
        })
      })
    return () => controller.abort()
  }, [url, key])
  if (!url) return { loading: false }
  const current = answer.key === key
  if (!current && answer.data !== undefined && !keepStale(answer.data)) return { loading: true }
  return { data: answer.data, error: current ? answer.error : undefined, loading: !current }
}
