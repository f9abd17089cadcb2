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

export type LengthMeterProps = { kind: 'print' | 'radio' | 'tv'; readRate?: number }

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

/** " / kế hoạch 2.500 ký tự (thiếu 155)" */
function printPlan(actual: number, goal: number | undefined): string {
  if (goal === undefined) return ' ký tự (chưa đặt kế hoạch)'
  const gap =
    actual > goal ? `thừa ${numberVi.format(actual - goal)}` : `thiếu ${numberVi.format(goal - actual)}`
  return ` / kế hoạch ${numberVi.format(goal)} ký tự (${gap})`
}

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined)

/**
 * Write-to-fit: the measures the server stores on save (hooks/measureVariants), recomputed from
 * the live form state on every keystroke so the writer sees the fit before saving.
 * One selector per field: each returns the field's own value, so the meter re-renders only when
 * one of its inputs changes, not on every keystroke elsewhere in the story.
 */
export function LengthMeter({ kind, readRate = DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE }: LengthMeterProps) {
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
    const rest = printPlan(actual, goal)
    return (
      <Meter kind={kind} over={over} label="Độ dài thực tế" value={numberVi.format(actual)} rest={rest} />
    )
  }

  const seconds = estimateReadSeconds(written, readRate)
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
    <div className="length-meter" data-kind={kind} data-over={over} style={over ? overStyle : boxStyle}>
      {label}: <strong className="length-meter__value">{value}</strong>
      {rest}
    </div>
  )
}
