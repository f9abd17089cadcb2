'use client'

import { useState } from 'react'

type Props = {
  apiRoute: string
  id: number | string
  en: boolean
  /** Called once the asset is queued again, so the panel reloads and follows its progress. */
  onQueued: () => void
}

/** "Xử lý lại": sends the asset through the worker again (editors and above; the API checks). */
export function ReprocessButton({ apiRoute, id, en, onQueued }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`${apiRoute}/media/${id}/reprocess`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!response.ok) {
        const body = await response.json().catch(() => null)
        setError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
        return
      }
      onQueued()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <span style={{ display: 'inline-flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        disabled={busy}
        onClick={() => void run()}
        data-testid="reprocess-media"
      >
        {en ? 'Process again' : 'Xử lý lại'}
      </button>
      {error && <span style={{ color: 'var(--theme-error-500)' }}>{error}</span>}
    </span>
  )
}
