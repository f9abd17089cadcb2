'use client'

import { useId, useState } from 'react'

import type { AiTask, TaskParams } from '../types'
import type { StatusTask } from './api'
import { messageOf } from './api'
import { fieldLabel } from './fieldLabels'
import { buildParams, defaultParam, PARAM_LIMITS, type StoryDefaults, TASK_PARAM } from './taskParams'
import { inputStyle, mutedStyle, noEnterSubmit, rowStyle, SmallButton, useLocaleLabel, useTr } from './ui'

export type RunRequest = {
  task: AiTask
  field?: string
  params: TaskParams
  provider: 'auto' | 'local'
}

type Props = {
  task: StatusTask
  story: StoryDefaults
  targetLocales: string[]
  budgetExceeded: boolean
  /** Rejects with the server's message, which the row then shows. */
  onRun: (request: RunRequest) => Promise<void>
}

// The built-in provider does every task but translation (it has no model to translate with).
const LOCAL_UNSUPPORTED: readonly AiTask[] = ['translate']

const PARAM_LABELS = {
  count: { vi: 'Số phương án', en: 'Options' },
  maxChars: { vi: 'Tối đa (ký tự)', en: 'Max characters' },
  targetSeconds: { vi: 'Thời lượng (giây)', en: 'Length (seconds)' },
  targetLocale: { vi: 'Dịch sang', en: 'Into' },
} as const

/** One assistance task: its parameter, target field and the button that asks for a suggestion. */
export function TaskRow({ task, story, targetLocales, budgetExceeded, onRun }: Props) {
  const { tr, pick, en } = useTr()
  const localeLabel = useLocaleLabel()
  const inputId = useId()
  const paramKind = TASK_PARAM[task.task]
  // Untouched (undefined) inputs follow the story's form, so a target length typed in the radio tab
  // after the panel mounted is still the default here.
  const [typed, setTyped] = useState<string>()
  const [field, setField] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const value = typed ?? defaultParam(task.task, story, targetLocales)
  const remoteOnly = LOCAL_UNSUPPORTED.includes(task.task)
  // Over budget, a remote task can still run locally where the built-in provider does it.
  const forceLocal = budgetExceeded && task.provider === 'remote' && !remoteOnly
  const unavailable: string | undefined =
    task.provider === null
      ? remoteOnly
        ? tr('Cần mô hình qua API; hệ thống chưa cấu hình.', 'Needs a remote model; none is configured.')
        : tr('Không bộ xử lý nào làm được việc này.', 'No provider can do this task.')
      : task.task === 'translate' && targetLocales.length === 0
        ? tr('Không có ngôn ngữ khác để dịch sang.', 'There is no other language to translate into.')
        : budgetExceeded && task.provider === 'remote' && remoteOnly
          ? tr('Đã hết hạn mức token của tháng.', 'The monthly token budget is used up.')
          : undefined

  const run = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await onRun({
        task: task.task,
        field: task.fields.length > 0 ? (field ?? task.fields[0]) : undefined,
        params: buildParams(task.task, value),
        provider: forceLocal ? 'local' : 'auto',
      })
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      data-testid="ai-task"
      data-task={task.task}
      style={{ padding: 'calc(var(--base) / 2) 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
    >
      <div style={rowStyle}>
        <strong style={{ minWidth: '16em', flex: '1 1 16em' }}>{pick(task.label)}</strong>
        {paramKind === 'targetLocale' && targetLocales.length > 0 && (
          <label style={rowStyle} htmlFor={inputId}>
            {pick(PARAM_LABELS.targetLocale)}
            <select id={inputId} style={inputStyle} value={value} onChange={(e) => setTyped(e.target.value)}>
              {targetLocales.map((code) => (
                <option key={code} value={code}>
                  {localeLabel(code)}
                </option>
              ))}
            </select>
          </label>
        )}
        {paramKind && paramKind !== 'targetLocale' && (
          <label style={rowStyle} htmlFor={inputId}>
            {pick(PARAM_LABELS[paramKind])}
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              style={{ ...inputStyle, width: '6.5em' }}
              {...PARAM_LIMITS[paramKind]}
              value={value}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={noEnterSubmit}
            />
          </label>
        )}
        {task.fields.length > 1 && (
          <label style={rowStyle} htmlFor={`${inputId}-field`}>
            {tr('Trường đích', 'Target field')}
            <select
              id={`${inputId}-field`}
              style={inputStyle}
              value={field ?? task.fields[0]}
              onChange={(e) => setField(e.target.value)}
            >
              {task.fields.map((path) => (
                <option key={path} value={path}>
                  {fieldLabel(path, en)}
                </option>
              ))}
            </select>
          </label>
        )}
        <span title={unavailable}>
          <SmallButton
            disabled={busy || unavailable !== undefined}
            tooltip={unavailable}
            onClick={() => void run()}
            extraButtonProps={{ 'data-testid': 'ai-run', 'data-local': forceLocal ? 'true' : undefined }}
          >
            {busy
              ? tr('Đang gửi…', 'Sending…')
              : forceLocal
                ? tr('Tạo bằng bộ xử lý cục bộ', 'Run locally')
                : tr('Tạo gợi ý', 'Suggest')}
          </SmallButton>
        </span>
      </div>
      {unavailable && (
        <div style={{ ...mutedStyle, marginTop: 4 }} data-testid="ai-task-unavailable">
          {unavailable}
        </div>
      )}
      {error && (
        <div
          style={{ color: 'var(--theme-error-650)', marginTop: 4 }}
          role="alert"
          data-testid="ai-task-error"
        >
          {error}
        </div>
      )}
    </div>
  )
}
