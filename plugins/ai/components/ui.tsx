'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import type { CSSProperties, KeyboardEvent } from 'react'

import { inputStyle } from '../../../src/admin/ui'

/** Small pieces of the AI panel and the AI-share view, beside the ones every plugin shares. */
export {
  Badge,
  boxStyle,
  cellStyle,
  inputStyle,
  mutedStyle,
  Notice,
  noticeStyle,
  numberCellStyle,
  rowStyle,
  SmallButton,
  useTr,
  type Tone,
  type Tr,
} from '../../../src/admin/ui'

/** "English" for `en`, from the admin's localization config; the code itself when unknown. */
export function useLocaleLabel() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locales = config.localization ? config.localization.locales : []
  return (code: string): string => {
    const label = locales.find((locale) => locale.code === code)?.label
    if (!label) return code
    if (typeof label === 'string') return label
    return label[i18n.language] ?? label.vi ?? Object.values(label)[0] ?? code
  }
}

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' }
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' }

export function formatDate(iso: string | null | undefined, locale: string, withTime = false): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, withTime ? DAY_TIME : DAY)
}

export const formatNumber = (value: number, locale: string) => (value ?? 0).toLocaleString(locale)

export const formatPercent = (share: number, locale: string, digits = 1) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share || 0)

/**
 * The panel sits inside the story's <form>: Enter in a single-line input would submit it and save
 * the story, which nobody pressing Enter in a "số lượng" box means to do.
 */
export const noEnterSubmit = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault()
}

export const textareaStyle: CSSProperties = { ...inputStyle, width: '100%', resize: 'vertical' }
