'use client'

import { useState } from 'react'

import type { TagOption } from '../types'
import type { AcceptBody } from './api'
import { groupTags, initialTagSelection, tagsAcceptBody } from './decisions'
import { TAG_KIND_LABELS } from './fieldLabels'
import { formatPercent, mutedStyle, SmallButton, useTr } from './ui'

type Props = { tags: TagOption[]; disabled: boolean; onAccept: (body: AcceptBody) => void }

/** Proposed topics, places, people and organisations by kind; the ticked ones go onto the story. */
export function TagPicker({ tags, disabled, onAccept }: Props) {
  const { tr, pick, numberLocale } = useTr()
  const [selected, setSelected] = useState(() => initialTagSelection(tags))
  const count = selected.filter(Boolean).length

  if (tags.length === 0) {
    return <p style={mutedStyle}>{tr('Không tìm thấy thẻ phù hợp.', 'No matching tags were found.')}</p>
  }

  return (
    <div>
      {groupTags(tags).map((group) => (
        <fieldset
          key={group.kind}
          data-testid="ai-tag-group"
          data-kind={group.kind}
          style={{ border: 0, padding: 0, margin: 'calc(var(--base) / 2) 0 0' }}
        >
          <legend style={{ fontWeight: 600, padding: 0 }}>{pick(TAG_KIND_LABELS[group.kind])}</legend>
          <ul
            style={{
              listStyle: 'none',
              padding: 0,
              margin: 0,
              display: 'flex',
              flexWrap: 'wrap',
              gap: '4px 16px',
            }}
          >
            {group.items.map(({ tag, index }) => (
              <li key={index}>
                <label
                  title={tag.evidence ? `${tr('Căn cứ', 'Evidence')}: “${tag.evidence}”` : undefined}
                  style={{ display: 'inline-flex', gap: 6, alignItems: 'center', cursor: 'pointer' }}
                >
                  <input
                    type="checkbox"
                    checked={selected[index] ?? false}
                    onChange={(e) =>
                      setSelected((current) => current.map((on, i) => (i === index ? e.target.checked : on)))
                    }
                    data-testid="ai-tag"
                  />
                  <span>{tag.label}</span>
                  {tag.code && <span style={mutedStyle}>({tag.code})</span>}
                  <span style={mutedStyle}>{formatPercent(tag.confidence, numberLocale, 0)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
        <SmallButton
          disabled={disabled || count === 0}
          onClick={() => onAccept(tagsAcceptBody(selected))}
          extraButtonProps={{ 'data-testid': 'ai-accept-tags' }}
        >
          {tr(`Gắn các thẻ đã chọn (${count})`, `Add selected tags (${count})`)}
        </SmallButton>
      </div>
    </div>
  )
}
