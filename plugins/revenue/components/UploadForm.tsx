'use client'

import { useState, type FormEvent } from 'react'

import { boxStyle, mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import { ApiError, messageOf, requestJson, type ApiProblem, type ImportAnswer } from './api'

type Refusal = { status?: number; problems: ApiProblem[] }

/**
 * Upload of a CSV or XLSX ledger: every bad line listed (nothing saved), and when the file's rows
 * collide with stored figures, the list and a confirm that re-sends it with replace=true.
 */
export function UploadForm({ api, onImported }: { api: string; onImported: () => void }) {
  const { tr } = useTr()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string>()
  const [refusal, setRefusal] = useState<Refusal>()

  const send = async (replace: boolean) => {
    if (!file) return
    setBusy(true)
    setDone(undefined)
    setRefusal(undefined)
    const form = new FormData()
    form.set('file', file)
    try {
      const answer = await requestJson<ImportAnswer>(
        `${api}/revenue-entries/import${replace ? '?replace=true' : ''}`,
        { method: 'POST', body: form },
      )
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
  // A 409 listing lines is a collision with stored figures; other 409s (same file, closed month) are final.
  const collisions = refusal?.status === 409 && refusal.problems.some((p) => p.line !== undefined)

  return (
    <div style={boxStyle} data-testid="revenue-import">
      <h3 style={{ marginTop: 0 }}>
        {tr('Nhập sổ doanh thu từ CSV hoặc Excel', 'Import a ledger (CSV or Excel)')}
      </h3>
      <form
        onSubmit={submit}
        style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="revenue-import-file"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setRefusal(undefined)
            setDone(undefined)
          }}
        />
        <SmallButton type="submit" disabled={busy || !file}>
          {tr('Nhập tệp', 'Import')}
        </SmallButton>
      </form>
      <p style={mutedStyle}>
        {tr(
          'Cột: tháng; kênh/ấn phẩm (mã hoặc tên, để trống nếu của toàn cơ quan); nguồn thu; loại (kế hoạch/thực hiện); số tiền (đồng); ghi chú. CSV UTF-8 hoặc Windows-1258, hoặc trang tính đầu tiên của tệp .xlsx. Xem docs/revenue.md.',
          'Columns: month; channel (code or name, empty for agency-wide); line; kind (plan/actual); amount (VND); note. CSV (UTF-8 or Windows-1258) or the first sheet of an .xlsx file.',
        )}
      </p>
      {done && (
        <Notice tone="success" testId="revenue-import-done">
          {done}
        </Notice>
      )}
      {refusal && (
        <Notice tone={collisions ? 'warning' : 'error'} testId="revenue-import-errors">
          <strong>{tr('Không có gì được lưu:', 'Nothing was saved:')}</strong>
          <ul style={{ margin: 0 }}>
            {refusal.problems.slice(0, 200).map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
            {refusal.problems.length > 200 && (
              <li>
                … {refusal.problems.length - 200} {tr('dòng nữa', 'more')}
              </li>
            )}
          </ul>
          {collisions && (
            <p>
              <SmallButton
                type="button"
                disabled={busy}
                onClick={() => {
                  if (
                    window.confirm(
                      tr(
                        'Thay các mục đã có bằng số trong tệp?',
                        'Replace the stored entries with the file’s figures?',
                      ),
                    )
                  )
                    void send(true)
                }}
              >
                {tr('Thay các mục trùng bằng số trong tệp', 'Replace the colliding entries')}
              </SmallButton>
            </p>
          )}
        </Notice>
      )}
    </div>
  )
}
