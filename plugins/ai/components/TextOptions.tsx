'use client'

import { useId, useState } from 'react'

import type { TextOption } from '../types'
import type { AcceptBody } from './api'
import { textAcceptBody } from './decisions'
import { mutedStyle, rowStyle, SmallButton, textareaStyle, useTr } from './ui'

type Props = {
  options: TextOption[]
  /** The limit the task was asked to keep to, shown next to the count. */
  maxChars?: number
  disabled: boolean
  onAccept: (body: AcceptBody) => void
}

// Code points, not UTF-16 units: what an editor counts as characters in Vietnamese text.
const length = (text: string) => [...text].length

const rowsFor = (text: string) =>
  Math.min(14, Math.max(2, text.split('\n').length + Math.ceil(text.length / 100)))

/** Each option as an editable text, with its length and a button to put it into the story. */
export function TextOptions({ options, maxChars, disabled, onAccept }: Props) {
  const { tr, numberLocale } = useTr()
  const idPrefix = useId()
  const [drafts, setDrafts] = useState(() => options.map((option) => option.text))

  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {options.map((option, index) => {
        const draft = drafts[index] ?? option.text
        const count = length(draft.trim())
        const over = maxChars !== undefined && count > maxChars
        const edited = draft.trim() !== option.text.trim()
        return (
          <li key={index} data-testid="ai-option" style={{ marginTop: 'calc(var(--base) / 2)' }}>
            <label htmlFor={`${idPrefix}-${index}`} style={mutedStyle}>
              {options.length > 1 ? `${tr('Phương án', 'Option')} ${index + 1}` : tr('Gợi ý', 'Suggestion')}
            </label>
            <textarea
              id={`${idPrefix}-${index}`}
              style={textareaStyle}
              rows={rowsFor(draft)}
              value={draft}
              onChange={(event) =>
                setDrafts((current) => current.map((text, i) => (i === index ? event.target.value : text)))
              }
            />
            <div style={{ ...rowStyle, justifyContent: 'space-between', marginTop: 4 }}>
              <span style={{ ...mutedStyle, color: over ? 'var(--theme-error-650)' : mutedStyle.color }}>
                {count.toLocaleString(numberLocale)}
                {maxChars !== undefined ? ` / ${maxChars.toLocaleString(numberLocale)}` : ''}{' '}
                {tr('ký tự', 'characters')}
                {edited && ` · ${tr('đã sửa', 'edited')}`}
                {option.note && ` · ${option.note}`}
              </span>
              <SmallButton
                disabled={disabled || !draft.trim()}
                onClick={() => onAccept(textAcceptBody(index, option.text, draft))}
                extraButtonProps={{ 'data-testid': 'ai-accept-option' }}
              >
                {tr('Dùng gợi ý này', 'Use this')}
              </SmallButton>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
