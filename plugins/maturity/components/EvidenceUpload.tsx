'use client'

import { useState, type FormEvent } from 'react'

import { mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import { messageOf, requestJson, type EvidenceFile, type Id } from './api'

type Props = {
  api: string
  assessment: Id
  criterion: Id
  files: EvidenceFile[]
  editable: boolean
  onChanged: () => void
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.odt,.ods'

/** A criterion's evidence files (opened through the access-checked file route) and an upload. */
export function EvidenceUpload({ api, assessment, criterion, files, editable, onChanged }: Props) {
  const { tr } = useTr()
  const [file, setFile] = useState<File | null>(null)
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const upload = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return
    setBusy(true)
    setError(undefined)
    const form = new FormData()
    form.set('file', file)
    form.set(
      '_payload',
      JSON.stringify({ assessment, criterion, ...(title.trim() ? { title: title.trim() } : {}) }),
    )
    try {
      await requestJson(`${api}/maturity-evidence`, { method: 'POST', body: form })
      setFile(null)
      setTitle('')
      onChanged()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const remove = async (id: Id) => {
    setError(undefined)
    try {
      await requestJson(`${api}/maturity-evidence/${id}`, { method: 'DELETE' })
      onChanged()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <div>
      {files.length === 0 ? (
        <span style={mutedStyle}>{tr('Chưa có tệp minh chứng.', 'No evidence file yet.')}</span>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {files.map((item) => (
            <li key={item.id}>
              <a
                href={item.url ?? `${api}/maturity-evidence/file/${encodeURIComponent(item.filename ?? '')}`}
                target="_blank"
                rel="noreferrer"
              >
                {item.title || item.filename}
              </a>{' '}
              {editable && (
                <button
                  type="button"
                  onClick={() => void remove(item.id)}
                  style={{ ...mutedStyle, border: 0, background: 'none', cursor: 'pointer' }}
                >
                  {tr('(xoá)', '(remove)')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          onSubmit={upload}
          style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center', marginTop: 4 }}
        >
          <input
            type="file"
            accept={ACCEPT}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid={`maturity-evidence-file-${criterion}`}
          />
          <input
            type="text"
            value={title}
            placeholder={tr('Tên minh chứng (tuỳ chọn)', 'Title (optional)')}
            onChange={(event) => setTitle(event.target.value)}
          />
          <SmallButton type="submit" disabled={busy || !file}>
            {tr('Tải lên', 'Upload')}
          </SmallButton>
        </form>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}
