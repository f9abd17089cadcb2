'use client'

import { useLocale } from '@payloadcms/ui'
import { useState } from 'react'

import { STATUS_LABELS, TASK_LABELS, type SuggestionStatus } from '../lib/taskLabels'
import type { AcceptBody, Id, Suggestion } from './api'
import { idOf, messageOf } from './api'
import { fieldLabel } from './fieldLabels'
import { SpellingList } from './SpellingList'
import { TagPicker } from './TagPicker'
import { TextOptions } from './TextOptions'
import { TranslationEditor } from './TranslationEditor'
import {
  Badge,
  formatDate,
  mutedStyle,
  Notice,
  rowStyle,
  SmallButton,
  type Tone,
  useLocaleLabel,
  useTr,
} from './ui'

type Props = {
  suggestion: Suggestion
  /** False while the story form has unsaved changes: the server writes the saved story. */
  canApply: boolean
  userName: (id: Id | undefined) => string | undefined
  /** Each rejects with the server's message, shown on the card. */
  onAccept: (body: AcceptBody) => Promise<void>
  onReject: () => Promise<void>
  onRetry: () => Promise<void>
}

const STATUS_TONES: Record<SuggestionStatus, Tone> = {
  queued: 'elevation',
  running: 'warning',
  ready: 'success',
  failed: 'error',
  accepted: 'success',
  edited: 'success',
  rejected: 'elevation',
}

const DECIDED: readonly SuggestionStatus[] = ['accepted', 'edited', 'rejected']

const cardStyle = {
  padding: 'calc(var(--base) * 0.75)',
  marginTop: 'calc(var(--base) / 2)',
  borderRadius: 'var(--style-radius-s)',
  border: '1px solid var(--theme-elevation-150)',
}

/** One suggestion: who made it and how, and, when ready, the output to edit and accept or skip. */
export function SuggestionCard({ suggestion, canApply, userName, onAccept, onReject, onRetry }: Props) {
  const { tr, pick, en, numberLocale } = useTr()
  const localeLabel = useLocaleLabel()
  const { code: currentLocale } = useLocale()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const s = suggestion
  const status = STATUS_LABELS[s.status] ? s.status : 'queued'

  const act = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await action()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const target =
    s.task === 'translate' && s.params?.targetLocale
      ? localeLabel(s.params.targetLocale)
      : fieldLabel(s.field, en)
  const title = (
    <>
      <strong>{TASK_LABELS[s.task] ? pick(TASK_LABELS[s.task]) : s.task}</strong>
      {target && <span style={mutedStyle}>→ {target}</span>}
      {/* Made from (and written back to) another language version than the one on screen. */}
      {s.locale && s.locale !== currentLocale && s.task !== 'translate' && (
        <span style={mutedStyle}>({localeLabel(s.locale)})</span>
      )}
    </>
  )

  if (DECIDED.includes(status)) {
    const by = (typeof s.decidedBy === 'object' && s.decidedBy?.fullName) || userName(idOf(s.decidedBy))
    const when = formatDate(s.decidedAt, numberLocale, true)
    return (
      <div
        data-testid="ai-suggestion"
        data-status={status}
        style={{ ...cardStyle, ...rowStyle, opacity: 0.85 }}
      >
        {title}
        <span style={mutedStyle}>
          {status === 'rejected'
            ? pick(STATUS_LABELS.rejected)
            : `${pick(STATUS_LABELS[status])}${by ? ` ${tr('bởi', 'by')} ${by}` : ''} ${tr('lúc', 'at')} ${when}`}
        </span>
      </div>
    )
  }

  const accept = (body: AcceptBody) => void act(() => onAccept(body))
  const applyDisabled = busy || !canApply
  const output = status === 'ready' ? s.output : null

  return (
    <div data-testid="ai-suggestion" data-status={status} style={cardStyle}>
      <div style={rowStyle}>
        {title}
        <Badge tone={STATUS_TONES[status]}>{pick(STATUS_LABELS[status])}</Badge>
        {s.providerLabel && (
          <span>
            {s.providerLabel}
            {(s.model || s.promptVersion) && (
              <small style={{ ...mutedStyle, marginLeft: 6 }}>
                {[s.model, s.promptVersion].filter(Boolean).join(' · ')}
              </small>
            )}
          </span>
        )}
        <span style={{ ...mutedStyle, marginLeft: 'auto' }}>
          {formatDate(s.createdAt, numberLocale, true)}
        </span>
      </div>

      {(status === 'queued' || status === 'running') && (
        <p style={{ ...mutedStyle, margin: '4px 0 0' }}>
          {tr('Kết quả sẽ tự hiện ở đây khi xử lý xong.', 'The result will appear here when ready.')}
        </p>
      )}
      {status === 'failed' && (
        <Notice tone="error" testId="ai-suggestion-error">
          {s.error || tr('Không tạo được gợi ý.', 'The suggestion could not be made.')}
        </Notice>
      )}

      {output?.kind === 'text' && (
        <TextOptions
          options={output.options}
          maxChars={s.params?.maxChars}
          disabled={applyDisabled}
          onAccept={accept}
        />
      )}
      {output?.kind === 'translation' && (
        <TranslationEditor
          fields={output.fields}
          targetLabel={target || tr('ngôn ngữ đích', 'the target language')}
          disabled={applyDisabled}
          onAccept={accept}
        />
      )}
      {output?.kind === 'tags' && <TagPicker tags={output.tags} disabled={applyDisabled} onAccept={accept} />}
      {output?.kind === 'spelling' && (
        <SpellingList issues={output.issues} disabled={applyDisabled} onAccept={accept} />
      )}

      {status === 'ready' && !canApply && (
        <Notice tone="warning" testId="ai-save-first">
          {tr('Hãy lưu tin trước khi áp dụng gợi ý AI', 'Save the story before applying an AI suggestion')}
        </Notice>
      )}
      {error && (
        <Notice tone="error" testId="ai-action-error">
          {error}
        </Notice>
      )}
      {(status === 'ready' || status === 'failed') && (
        <div style={{ ...rowStyle, marginTop: 'calc(var(--base) / 2)' }}>
          {status === 'ready' && (
            <SmallButton
              buttonStyle="subtle"
              disabled={busy}
              onClick={() => void act(onReject)}
              extraButtonProps={{ 'data-testid': 'ai-reject' }}
            >
              {tr('Bỏ qua', 'Skip')}
            </SmallButton>
          )}
          {status === 'failed' && (
            <SmallButton
              disabled={busy}
              onClick={() => void act(onRetry)}
              extraButtonProps={{ 'data-testid': 'ai-retry' }}
            >
              {tr('Thử lại', 'Try again')}
            </SmallButton>
          )}
        </div>
      )}
    </div>
  )
}
