'use client'

import { useFormFields } from '@payloadcms/ui'
import type { CSSProperties, ReactNode } from 'react'

import {
  countPrintCharacters,
  DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE,
  estimateReadSeconds,
  formatDuration,
  lexicalToPlainText,
} from '../../../src/lib/textMeasure'

export type LengthMeterProps = { kind: 'print' | 'radio' | 'tv' }

const numberVi = new Intl.NumberFormat('vi-VN')

const boxStyle: CSSProperties = {
  padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
  marginBottom: 'var(--base)',
  borderRadius: 'var(--style-radius-s)',
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-elevation-800)',
  fontVariantNumeric: 'tabular-nums',
}

const overStyle: CSSProperties = {
  ...boxStyle,
  borderColor: 'var(--theme-error-500)',
  background: 'var(--theme-error-50)',
  color: 'var(--theme-error-750)',
}

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined)

/**
 * Write-to-fit: the measures the server stores on save (hooks/measureVariants), recomputed from
 * the live form state on every keystroke so the writer sees the fit before saving.
 * One selector per field: each returns the field's own value, so the meter re-renders only when
 * one of its inputs changes, not on every keystroke elsewhere in the story.
 */
export function LengthMeter({ kind }: LengthMeterProps) {
  const text = useFormFields(([fields]) => fields[kind === 'print' ? 'print.text' : `${kind}.script`]?.value)
  const body = useFormFields(([fields]) => (kind === 'print' ? fields.body?.value : undefined))
  const target = useFormFields(
    ([fields]) => fields[kind === 'print' ? 'print.plannedLength' : `${kind}.targetSeconds`]?.value,
  )
  const goal = positive(target)
  const written = typeof text === 'string' ? text : ''

  if (kind === 'print') {
    const actual = countPrintCharacters(written.trim() ? written : lexicalToPlainText(body))
    const over = goal !== undefined && actual > goal
    const gap =
      goal === undefined
        ? ''
        : over
          ? `thừa ${numberVi.format(actual - goal)}`
          : `thiếu ${numberVi.format(goal - actual)}`
    const rest =
      goal === undefined
        ? ' ký tự (chưa đặt kế hoạch)'
        : ` / kế hoạch ${numberVi.format(goal)} ký tự (${gap})`
    return (
      <Meter kind={kind} over={over} label="Độ dài thực tế" value={numberVi.format(actual)} rest={rest} />
    )
  }

  const seconds = estimateReadSeconds(written, DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE)
  const over = goal !== undefined && seconds > goal
  const rest = goal === undefined ? ' (chưa đặt mục tiêu)' : ` (mục tiêu ${formatDuration(goal)})`
  return (
    <Meter
      kind={kind}
      over={over}
      label="Thời lượng đọc ước tính"
      value={formatDuration(seconds)}
      rest={rest}
    />
  )
}

type MeterProps = { kind: string; over: boolean; label: string; value: string; rest: ReactNode }

function Meter({ kind, over, label, value, rest }: MeterProps) {
  return (
    <div
      aria-live="polite"
      className="length-meter"
      data-kind={kind}
      data-over={over}
      style={over ? overStyle : boxStyle}
    >
      {label}: <strong className="length-meter__value">{value}</strong>
      {rest}
    </div>
  )
}
