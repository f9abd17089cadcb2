'use client'

import { useState, type FormEvent } from 'react'

import { boxStyle, mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import { LOGS, LOG_LABELS, type Log } from '../lib/vocabulary'
import {
  ApiProblems,
  messageOf,
  requestJson,
  type BuildAnswer,
  type Id,
  type ImportAnswer,
  type LineProblem,
} from './api'

type Props = { api: string; channel: Id; date: string; onChanged: () => void }

/** Upload of a plan or as-run CSV (every bad line listed), and the build of the day from rundowns. */
export function ImportForm({ api, channel, date, onChanged }: Props) {
  const { tr, pick } = useTr()
  const [log, setLog] = useState<Log>('asrun')
  const [replace, setReplace] = useState(false)
  const [encoding, setEncoding] = useState('auto')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string>()
  const [problems, setProblems] = useState<LineProblem[]>([])

  const run = async (action: () => Promise<{ message: string }>) => {
    setBusy(true)
    setDone(undefined)
    setProblems([])
    try {
      setDone((await action()).message)
      onChanged()
    } catch (error) {
      setProblems(error instanceof ApiProblems ? error.problems : [{ message: messageOf(error) }])
    } finally {
      setBusy(false)
    }
  }

  const upload = (event: FormEvent) => {
    event.preventDefault()
    if (!file) return
    const form = new FormData()
    form.set('file', file)
    form.set('channel', String(channel))
    form.set('log', log)
    form.set('replace', String(replace))
    form.set('encoding', encoding)
    void run(() => requestJson<ImportAnswer>(`${api}/schedule-items/import`, { method: 'POST', body: form }))
  }

  const build = () =>
    run(() =>
      requestJson<BuildAnswer>(`${api}/schedule-items/build`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, date }),
      }),
    )

  return (
    <div style={boxStyle} data-testid="airtime-import">
      <h3 style={{ marginTop: 0 }}>
        {tr('Nhập lịch / nhật ký phát sóng từ CSV', 'Import a schedule or as-run log (CSV)')}
      </h3>
      <form
        onSubmit={upload}
        style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="airtime-import-file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <select
          value={log}
          onChange={(event) => setLog(event.target.value as Log)}
          aria-label={tr('Loại lịch', 'Log')}
        >
          {LOGS.map((value) => (
            <option key={value} value={value}>
              {pick(LOG_LABELS[value])}
            </option>
          ))}
        </select>
        <select
          value={encoding}
          onChange={(event) => setEncoding(event.target.value)}
          aria-label={tr('Bảng mã', 'Encoding')}
        >
          <option value="auto">{tr('Tự nhận bảng mã', 'Detect encoding')}</option>
          <option value="utf-8">UTF-8</option>
          <option value="windows-1258">Windows-1258</option>
        </select>
        <label>
          <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{' '}
          {tr('Thay các ngày trong tệp', 'Replace the days in the file')}
        </label>
        <SmallButton type="submit" disabled={busy || !file}>
          {tr('Nhập tệp', 'Import')}
        </SmallButton>
        <SmallButton type="button" disabled={busy} onClick={() => void build()}>
          {tr('Dựng lịch kế hoạch từ kịch bản', 'Build the plan from rundowns')}
        </SmallButton>
      </form>
      <p style={mutedStyle}>
        {tr(
          'Cột: ngày; giờ bắt đầu; thời lượng (hoặc giờ kết thúc); tên chương trình; thể loại; nguồn; phát lại; ngôn ngữ. UTF-8 hoặc Windows-1258, phân cách bằng dấu phẩy hoặc chấm phẩy.',
          'Columns: date; start; duration (or end); title; genre; origin; rerun; language. UTF-8 or Windows-1258, comma or semicolon separated.',
        )}
      </p>
      {done && (
        <Notice tone="success" testId="airtime-import-done">
          {done}
        </Notice>
      )}
      {problems.length > 0 && (
        <Notice tone="error" testId="airtime-import-errors">
          <strong>{tr('Không có gì được lưu:', 'Nothing was saved:')}</strong>
          <ul style={{ margin: 0 }}>
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  )
}
