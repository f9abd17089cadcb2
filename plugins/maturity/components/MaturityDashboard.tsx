'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { FIGURES_KEEPERS } from '../../../src/access/figures'
import { Badge, boxStyle, mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import {
  editsFor,
  isConflict,
  LEVEL_TONES,
  messageOf,
  NO_EDITS,
  parsePoints,
  requestJson,
  shownScore,
  withEdit,
  type AnswerDoc,
  type AssessmentDoc,
  type Edit,
  type Edits,
  type Id,
  type ScoreAnswer,
} from './api'
import { CriteriaTable } from './CriteriaTable'
import { PillarBars } from './PillarBars'
import { vietnamDay } from '../../../src/lib/vietnamTime'

const thisYear = () => Number(vietnamDay(Date.now()).slice(0, 4))

/** `/admin/maturity`: pick a year; score its criteria, attach evidence, submit it. */
export function MaturityDashboard() {
  const { config } = useConfig()
  const api = config.routes.api
  const { user } = useAuth<{ role?: string }>()
  const { tr, en, numberLocale } = useTr()
  const keeper = FIGURES_KEEPERS.some((role) => role === user?.role)
  const [year, setYear] = useState(thisYear())
  const [years, setYears] = useState<number[]>([])
  const [assessment, setAssessment] = useState<AssessmentDoc | null>()
  const [score, setScore] = useState<ScoreAnswer>()
  const [edits, setEdits] = useState<Edits>(NO_EDITS)
  const [error, setError] = useState<string>()
  // Apart from `error`, which loading clears: it must outlive the reload it causes.
  const [conflict, setConflict] = useState<string>()
  const [done, setDone] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [reloads, setReloads] = useState(0)
  const reload = useCallback(() => setReloads((n) => n + 1), [])

  useEffect(() => {
    requestJson<{ docs: Array<{ year: number }> }>(
      `${api}/maturity-assessments?limit=100&depth=0&sort=-year&select[year]=true`,
    )
      .then(({ docs }) => setYears(docs.map((doc) => doc.year)))
      .catch((e) => setError(messageOf(e)))
  }, [api, reloads])

  useEffect(() => {
    const controller = new AbortController()
    setError(undefined)
    requestJson<{ docs: AssessmentDoc[] }>(
      `${api}/maturity-assessments?where[year][equals]=${year}&depth=0&limit=1`,
      {
        signal: controller.signal,
      },
    )
      .then(async ({ docs }) => {
        const doc = docs[0] ?? null
        setAssessment(doc)
        setScore(
          doc
            ? await requestJson<ScoreAnswer>(`${api}/maturity-assessments/${doc.id}/score`, {
                signal: controller.signal,
              })
            : undefined,
        )
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(messageOf(e))
      })
    return () => controller.abort()
  }, [api, year, reloads])

  const run = async (action: () => Promise<string>) => {
    setBusy(true)
    setError(undefined)
    setConflict(undefined)
    setDone(undefined)
    try {
      setDone(await action())
      setEdits(NO_EDITS)
      reload()
    } catch (e) {
      if (!isConflict(e)) setError(messageOf(e))
      else {
        // Someone saved meanwhile: show the latest version, keeping what was typed to re-apply.
        setConflict(messageOf(e))
        reload()
      }
    } finally {
      setBusy(false)
    }
  }

  // The revision loaded goes with every save, so one based on answers someone changed since is refused.
  const patch = (data: Record<string, unknown>) =>
    requestJson(`${api}/maturity-assessments/${assessment!.id}`, {
      method: 'PATCH',
      json: { ...data, revision: assessment!.revision ?? 0 },
    })

  const save = () =>
    run(async () => {
      const rows: AnswerDoc[] = [...(assessment?.answers ?? [])]
      for (const [criterion, edit] of Object.entries(typed)) {
        const points = parsePoints(edit.points)
        if (Number.isNaN(points))
          throw new Error(tr(`Điểm "${edit.points}" không phải một số.`, `"${edit.points}" is not a number.`))
        const index = rows.findIndex((row) => String(row.criterion) === criterion)
        const next = { points, note: edit.note.trim() || null }
        if (index >= 0) rows[index] = { ...rows[index]!, ...next }
        else
          rows.push({ criterion: Number.isNaN(Number(criterion)) ? criterion : Number(criterion), ...next })
      }
      await patch({ answers: rows })
      return tr('Đã lưu điểm và giải trình.', 'Points and notes saved.')
    })

  const create = () =>
    run(async () => {
      await requestJson(`${api}/maturity-assessments`, { json: { year } })
      return tr(`Đã tạo bản tự đánh giá năm ${year}.`, `Assessment for ${year} created.`)
    })

  const prefill = () =>
    run(
      async () =>
        (
          await requestJson<{ message: string }>(`${api}/maturity-assessments/${assessment!.id}/prefill`, {
            method: 'POST',
          })
        ).message,
    )

  const setStatus = (status: 'draft' | 'submitted') =>
    run(async () => {
      await patch({ status })
      return status === 'submitted'
        ? tr('Đã nộp; bản tự đánh giá được khóa.', 'Submitted and locked.')
        : tr('Đã mở lại bản tự đánh giá.', 'Reopened.')
    })

  // Points typed for one year never go into another's save.
  const chooseYear = (next: number) => {
    setYear(next)
    setEdits(NO_EDITS)
    setAssessment(undefined)
    setScore(undefined)
    setDone(undefined)
    setConflict(undefined)
  }

  const typed = editsFor(edits, assessment?.id)
  const shown = score && shownScore(score)
  const editable = keeper && assessment?.status === 'draft'
  const yearOptions = [...new Set([thisYear() + 1, thisYear(), ...years, year])].sort((a, b) => b - a)
  const dirty = Object.keys(typed).length > 0

  return (
    <div data-testid="maturity-dashboard">
      <div
        style={{ ...boxStyle, display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        <label>
          {tr('Năm', 'Year')}{' '}
          <select
            value={year}
            onChange={(event) => chooseYear(Number(event.target.value))}
            data-testid="maturity-year"
          >
            {yearOptions.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {score && shown && (
          <>
            <strong data-testid="maturity-total" style={{ fontSize: '1.4em' }}>
              {shown.total.toLocaleString(numberLocale, { maximumFractionDigits: 2 })}/{score.max}
            </strong>
            <Badge tone={LEVEL_TONES[shown.level.key] ?? 'elevation'}>
              <span data-testid="maturity-level">{en ? shown.level.labelEn : shown.level.label}</span>
            </Badge>
            <Badge tone={assessment?.status === 'submitted' ? 'success' : 'elevation'}>
              {assessment?.status === 'submitted'
                ? tr('Đã nộp (khóa)', 'Submitted (locked)')
                : tr('Bản nháp', 'Draft')}
            </Badge>
          </>
        )}
        {editable && (
          <>
            <SmallButton onClick={() => void save()} disabled={busy || !dirty}>
              {tr('Lưu điểm', 'Save')}
            </SmallButton>
            <SmallButton onClick={() => void prefill()} disabled={busy}>
              {tr('Điền lại số liệu KPI', 'Refresh KPI evidence')}
            </SmallButton>
            <SmallButton onClick={() => void setStatus('submitted')} disabled={busy || dirty}>
              {tr('Nộp và khóa', 'Submit and lock')}
            </SmallButton>
          </>
        )}
        {assessment?.status === 'submitted' && user?.role === 'admin' && (
          <SmallButton onClick={() => void setStatus('draft')} disabled={busy}>
            {tr('Mở lại', 'Reopen')}
          </SmallButton>
        )}
      </div>
      {error && (
        <Notice tone="error" testId="maturity-error">
          {error}
        </Notice>
      )}
      {conflict && (
        <Notice tone="warning" testId="maturity-conflict">
          {conflict}{' '}
          {tr(
            'Đã tải lại bản mới nhất; điểm và giải trình bạn đang nhập vẫn được giữ: hãy kiểm tra rồi bấm "Lưu điểm" lại.',
            'The latest version is shown; what you typed is kept: check it and save again.',
          )}
        </Notice>
      )}
      {done && <Notice tone="success">{done}</Notice>}
      {assessment === null && (
        <div style={boxStyle}>
          <p>{tr(`Chưa có bản tự đánh giá năm ${year}.`, `No assessment for ${year} yet.`)}</p>
          {keeper ? (
            <SmallButton onClick={() => void create()} disabled={busy}>
              {tr(`Tạo bản tự đánh giá năm ${year}`, `Create the ${year} assessment`)}
            </SmallButton>
          ) : (
            <p style={mutedStyle}>
              {tr('Lãnh đạo hoặc quản trị tạo bản tự đánh giá.', 'A manager or administrator creates it.')}
            </p>
          )}
        </div>
      )}
      {score && shown && assessment && (
        <>
          {score.warnings.length > 0 && (
            <Notice tone="warning" testId="maturity-warnings">
              <ul style={{ margin: 0 }}>
                {score.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </Notice>
          )}
          <PillarBars pillars={shown.pillars} />
          {shown.pillars.map((pillar) => (
            <CriteriaTable
              key={pillar.key}
              api={api}
              assessment={assessment.id}
              pillar={pillar}
              rows={score.criteria.filter((row) => row.pillar === pillar.key)}
              edits={typed}
              editable={editable}
              onEdit={(criterion: Id, edit: Edit) =>
                setEdits((current) => withEdit(current, assessment.id, criterion, edit))
              }
              onChanged={reload}
            />
          ))}
        </>
      )}
    </div>
  )
}
