'use client'

import { useState, type FormEvent, type ReactNode } from 'react'

import { ApiError, messageOf, requestJson, type ApiProblem } from './requestJson'
import { boxStyle, mutedStyle, Notice, SmallButton, useTr } from './ui'

type Refusal = { status?: number; problems: ApiProblem[] }

/** Problems listed at most; the rest are counted. */
const SHOWN_PROBLEMS = 200

export type FileImportFormProps = {
  /** The import endpoint: it takes a multipart `file`, the `fields` and `replace`, and answers `{ message }`. */
  url: string
  title: string
  help: ReactNode
  /** The file input's `accept`. */
  accept: string
  /** `data-testid` of the box; the file input, success and refusal get it with -file, -done, -errors. */
  testId: string
  /** Sent as form fields beside the file. */
  fields?: Record<string, string>
  /** Inputs for those fields, shown before the file input. */
  controls?: ReactNode
  /** The question asked, and the button that asks it, before re-sending with replace=true. */
  replace: { confirm: string; label: string }
  onImported: () => void
}

/**
 * Upload of an import file: every bad line listed (nothing saved), and when the file's rows collide
 * with stored figures (409 naming lines), the list and a confirmed re-send with replace=true. Other
 * refusals (the same file again, a closed month) are final.
 */
export function FileImportForm(props: FileImportFormProps) {
  const { url, title, help, accept, testId, fields, controls, replace, onImported } = props
  const { tr } = useTr()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string>()
  const [refusal, setRefusal] = useState<Refusal>()

  const send = async (replacing: boolean) => {
    if (!file) return
    setBusy(true)
    setDone(undefined)
    setRefusal(undefined)
    const form = new FormData()
    for (const [name, value] of Object.entries(fields ?? {})) form.set(name, value)
    form.set('replace', String(replacing))
    form.set('file', file)
    try {
      const answer = await requestJson<{ message: string }>(url, { method: 'POST', body: form })
      setDone(answer.message)
      onImported()
    } catch (error) {
      setRefusal(
        error instanceof ApiError
          ? { status: error.status, problems: error.problems }
          : { problems: [{ message: messageOf(error) }] },
      )
    } finally {
      setBusy(false)
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void send(false)
  }
  const collisions = refusal?.status === 409 && refusal.problems.some((problem) => (problem.line ?? 0) > 0)

  return (
    <div style={boxStyle} data-testid={testId}>
      <h3 style={{ marginTop: 0 }}>{title}</h3>
      <form
        onSubmit={submit}
        style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        {controls}
        <input
          type="file"
          accept={accept}
          aria-label={tr('Tệp cần nhập', 'File to import')}
          data-testid={`${testId}-file`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setRefusal(undefined)
            setDone(undefined)
          }}
        />
        <SmallButton type="submit" disabled={busy || !file}>
          {busy ? tr('Đang nhập…', 'Importing…') : tr('Nhập tệp', 'Import')}
        </SmallButton>
      </form>
      <p style={mutedStyle}>{help}</p>
      {done && (
        <Notice tone="success" testId={`${testId}-done`}>
          {done}
        </Notice>
      )}
      {refusal && (
        <Notice tone={collisions ? 'warning' : 'error'} testId={`${testId}-errors`}>
          <strong>{tr('Không có gì được lưu:', 'Nothing was saved:')}</strong>
          <ul style={{ margin: 0 }}>
            {refusal.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
            {refusal.problems.length > SHOWN_PROBLEMS && (
              <li>
                … {refusal.problems.length - SHOWN_PROBLEMS} {tr('dòng nữa', 'more')}
              </li>
            )}
          </ul>
          {collisions && (
            <p>
              <SmallButton
                type="button"
                disabled={busy}
                onClick={() => {
                  if (window.confirm(replace.confirm)) void send(true)
                }}
              >
                {replace.label}
              </SmallButton>
            </p>
          )}
        </Notice>
      )}
    </div>
  )
}
