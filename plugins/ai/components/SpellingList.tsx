'use client'

import { useId, useState } from 'react'

import type { SpellingIssue } from '../types'
import type { AcceptBody } from './api'
import { initialSpellingChoices, type SpellingChoice, spellingAcceptBody } from './decisions'
import { Badge, inputStyle, mutedStyle, SmallButton, useTr } from './ui'

type Props = { issues: SpellingIssue[]; disabled: boolean; onAccept: (body: AcceptBody) => void }

/** Flagged words with their proposed fixes; the ticked ones are corrected in the story. */
export function SpellingList({ issues, disabled, onAccept }: Props) {
  const { tr } = useTr()
  const idPrefix = useId()
  const [choices, setChoices] = useState(() => initialSpellingChoices(issues))
  const update = (index: number, change: Partial<SpellingChoice>) =>
    setChoices((current) => current.map((choice, i) => (i === index ? { ...choice, ...change } : choice)))
  const count = spellingAcceptBody(choices).issues.length

  if (issues.length === 0) {
    return (
      <p style={mutedStyle}>
        {tr('Không phát hiện lỗi chính tả hay văn phong.', 'No spelling or style issues found.')}
      </p>
    )
  }

  return (
    <div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {issues.map((issue, index) => {
          const choice = choices[index] ?? { checked: false, replacement: '' }
          const fixable = issue.suggestions.length > 0
          const id = `${idPrefix}-${index}`
          return (
            <li
              key={index}
              data-testid="ai-spelling-issue"
              style={{ padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
            >
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                <input
                  id={id}
                  type="checkbox"
                  disabled={!fixable}
                  checked={choice.checked}
                  onChange={(e) => update(index, { checked: e.target.checked })}
                />
                <label htmlFor={id}>
                  <strong>{issue.word}</strong>
                </label>
                <Badge tone={issue.kind === 'spelling' ? 'error' : 'warning'}>
                  {issue.kind === 'spelling' ? tr('Chính tả', 'Spelling') : tr('Văn phong', 'Style')}
                </Badge>
                {fixable ? (
                  <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                    {tr('Sửa thành', 'Replace with')}
                    <select
                      style={inputStyle}
                      value={choice.replacement}
                      onChange={(e) => update(index, { replacement: e.target.value, checked: true })}
                    >
                      {issue.suggestions.map((suggestion) => (
                        <option key={suggestion} value={suggestion}>
                          {suggestion}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <span style={mutedStyle}>{tr('Không có gợi ý sửa', 'No suggested fix')}</span>
                )}
              </div>
              {issue.message && <div style={{ ...mutedStyle, marginLeft: 24 }}>{issue.message}</div>}
            </li>
          )
        })}
      </ul>
      <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
        <SmallButton
          disabled={disabled || count === 0}
          onClick={() => onAccept(spellingAcceptBody(choices))}
          extraButtonProps={{ 'data-testid': 'ai-accept-spelling' }}
        >
          {tr(`Sửa các lỗi đã chọn (${count})`, `Fix selected issues (${count})`)}
        </SmallButton>
      </div>
    </div>
  )
}
