'use client'

import { useId, useState } from 'react'

import type { AcceptBody } from './api'
import { type TranslationFields, translationAcceptBody } from './decisions'
import { inputStyle, mutedStyle, noEnterSubmit, SmallButton, textareaStyle, useTr } from './ui'

type Props = {
  fields: TranslationFields
  /** Name of the language the translation goes into ("English"). */
  targetLabel: string
  disabled: boolean
  onAccept: (body: AcceptBody) => void
}

const KEYS = ['headline', 'standfirst', 'body'] as const
const LABELS = {
  headline: { vi: 'Tít', en: 'Headline' },
  standfirst: { vi: 'Sapo', en: 'Standfirst' },
  body: { vi: 'Nội dung', en: 'Body' },
}

/** The translated headline, standfirst and body, editable before they go into the target locale. */
export function TranslationEditor({ fields, targetLabel, disabled, onAccept }: Props) {
  const { tr, en } = useTr()
  const idPrefix = useId()
  const [drafts, setDrafts] = useState<TranslationFields>(() => ({ ...fields }))
  const shown = KEYS.filter((key) => fields[key] !== undefined)

  return (
    <div>
      {shown.map((key) => {
        const id = `${idPrefix}-${key}`
        const value = drafts[key] ?? ''
        const set = (text: string) => setDrafts((current) => ({ ...current, [key]: text }))
        return (
          <div key={key} style={{ marginTop: 'calc(var(--base) / 2)' }}>
            <label htmlFor={id} style={mutedStyle}>
              {LABELS[key][en ? 'en' : 'vi']}
            </label>
            {key === 'headline' ? (
              <input
                id={id}
                style={{ ...inputStyle, width: '100%' }}
                value={value}
                onChange={(e) => set(e.target.value)}
                onKeyDown={noEnterSubmit}
              />
            ) : (
              <textarea
                id={id}
                style={textareaStyle}
                rows={key === 'body' ? 12 : 3}
                value={value}
                onChange={(e) => set(e.target.value)}
              />
            )}
          </div>
        )
      })}
      <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
        <SmallButton
          disabled={disabled}
          onClick={() => onAccept(translationAcceptBody(fields, drafts))}
          extraButtonProps={{ 'data-testid': 'ai-accept-translation' }}
        >
          {tr(`Ghi bản dịch vào ${targetLabel}`, `Save translation to ${targetLabel}`)}
        </SmallButton>
      </div>
    </div>
  )
}
