'use client'

import { useEffect, useState } from 'react'

import { type Id, requestJson } from './api'

/**
 * Full names of the people who decided on suggestions: the list is read at depth 0 (the story
 * would otherwise be populated into every suggestion), so names come from one small users query.
 */
export function useUserNames(apiRoute: string, ids: Array<Id | undefined>) {
  const [names, setNames] = useState<Record<string, string>>({})
  const missing = [...new Set(ids.filter((id): id is Id => id !== undefined).map(String))]
    .filter((id) => !(id in names))
    .sort()
  const key = missing.join(',')

  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const query = `where[id][in]=${encodeURIComponent(key)}&depth=0&limit=${key.split(',').length}&select[fullName]=true`
    requestJson<{ docs: Array<{ id: Id; fullName?: string }> }>(`${apiRoute}/users?${query}`, {
      signal: controller.signal,
    })
      .then(({ docs }) => {
        const found: Record<string, string> = {}
        // Ids nobody could name are remembered as '' so they are not asked for on every render.
        for (const id of key.split(',')) found[id] = ''
        for (const doc of docs) found[String(doc.id)] = doc.fullName ?? ''
        setNames((current) => ({ ...current, ...found }))
      })
      .catch(() => {
        // A name is a nicety; without it the line still says what was decided and when.
        if (!controller.signal.aborted) {
          setNames((current) => ({ ...current, ...Object.fromEntries(key.split(',').map((id) => [id, ''])) }))
        }
      })
    return () => controller.abort()
  }, [apiRoute, key])

  return (id: Id | undefined) => (id === undefined ? undefined : names[String(id)] || undefined)
}
