'use client'

import { useConfig, useDocumentInfo, useFormFields, useFormModified, useLocale } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { AcceptBody, AiStatus, Suggestion } from './api'
import { ApiError, idOf, messageOf, requestJson } from './api'
import { SuggestionCard } from './SuggestionCard'
import { targetLocalesFor } from './taskParams'
import { type RunRequest, TaskRow } from './TaskRow'
import { Badge, boxStyle, formatNumber, mutedStyle, Notice, rowStyle, useTr } from './ui'
import { useUserNames } from './useUserNames'

const POLL_MS = 1500
const LIST_LIMIT = 20
const PENDING = new Set(['queued', 'running'])

const isPending = (suggestion: Suggestion) => PENDING.has(suggestion.status)

/**
 * "Trợ lý AI" tab of the story: asks for suggestions (headlines, standfirst, channel versions,
 * translation, tags, spelling) and lets the editor edit and accept or skip each one. Suggestions
 * are made from the saved story and accepting writes the saved story on the server, so applying
 * waits until the form has no unsaved changes, and the page reloads after it to show the result.
 */
export function AiAssistantPanel() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const modified = useFormModified()
  const { config } = useConfig()
  const { tr, en, numberLocale } = useTr()
  const api = config.routes.api
  const radioSeconds = useFormFields(([fields]) => fields['radio.targetSeconds']?.value)
  const tvSeconds = useFormFields(([fields]) => fields['tv.targetSeconds']?.value)
  const printLength = useFormFields(([fields]) => fields['print.plannedLength']?.value)

  const [status, setStatus] = useState<AiStatus | null>(null)
  const [statusError, setStatusError] = useState<string>()
  const [statusReloads, setStatusReloads] = useState(0)
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null)
  const [listError, setListError] = useState<string>()
  const [listReloads, setListReloads] = useState(0)
  const hadPending = useRef(false)
  const userName = useUserNames(
    api,
    (suggestions ?? []).map((s) => idOf(s.decidedBy)),
  )
  const saved = id !== undefined && id !== null

  useEffect(() => {
    if (!saved) return
    const controller = new AbortController()
    requestJson<AiStatus>(`${api}/ai/status`, { signal: controller.signal })
      .then((body) => {
        setStatus(body)
        setStatusError(undefined)
      })
      .catch((error) => {
        if (!controller.signal.aborted) setStatusError(messageOf(error))
      })
    return () => controller.abort()
  }, [api, saved, statusReloads])

  // Polls only while something is queued or running; stops on unmount.
  useEffect(() => {
    if (!saved) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const query = `where[story][equals]=${encodeURIComponent(String(id))}&sort=-createdAt&limit=${LIST_LIMIT}&depth=0`
    const load = async () => {
      try {
        const { docs } = await requestJson<{ docs: Suggestion[] }>(`${api}/ai-suggestions?${query}`, {
          signal: controller.signal,
        })
        setSuggestions(docs)
        setListError(undefined)
        const pending = docs.some(isPending)
        // A finished remote task has used tokens: refresh the month's use shown at the top.
        if (hadPending.current && !pending) setStatusReloads((n) => n + 1)
        hadPending.current = pending
        if (pending) timer = setTimeout(load, POLL_MS)
      } catch (error) {
        if (controller.signal.aborted) return
        setListError(messageOf(error))
        // A restarting server mends itself; a 4xx will not by asking again.
        if (!(error instanceof ApiError) || error.status >= 500) timer = setTimeout(load, POLL_MS * 4)
      }
    }
    void load()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [api, id, saved, listReloads])

  if (!saved) {
    return (
      <div data-testid="ai-panel" data-state="unsaved" style={boxStyle}>
        {tr('Lưu tin để dùng trợ lý AI', 'Save the story to use the AI assistant')}
      </div>
    )
  }

  const create = async (request: RunRequest & { locale?: string }) => {
    try {
      const { doc } = await requestJson<{ doc: Suggestion }>(`${api}/ai-suggestions`, {
        json: { ...request, story: id, locale: request.locale ?? locale },
      })
      setSuggestions((current) => [doc, ...(current ?? []).filter((s) => s.id !== doc.id)])
      setListReloads((n) => n + 1)
    } catch (error) {
      // The budget ran out since the panel loaded: show it at the top and offer the local provider.
      if (error instanceof ApiError && error.status === 429) setStatusReloads((n) => n + 1)
      throw error
    }
  }

  const accept = async (suggestion: Suggestion, body: AcceptBody) => {
    await requestJson(`${api}/ai-suggestions/${suggestion.id}/accept`, { json: body })
    // Payload's form state does not follow a router refresh; a reload shows the new text and revision.
    window.location.reload()
  }

  const reject = async (suggestion: Suggestion) => {
    const { suggestion: updated } = await requestJson<{ suggestion: Suggestion }>(
      `${api}/ai-suggestions/${suggestion.id}/reject`,
      { json: {} },
    )
    setSuggestions((current) => (current ?? []).map((s) => (s.id === suggestion.id ? updated : s)))
  }

  const retry = (suggestion: Suggestion) =>
    create({
      task: suggestion.task,
      field: suggestion.field ?? undefined,
      params: suggestion.params ?? {},
      provider: suggestion.providerKind === 'local' ? 'local' : 'auto',
      locale: suggestion.locale ?? undefined,
    })

  const targetLocales = targetLocalesFor(status?.locales ?? [], locale)
  const story = { radioSeconds, tvSeconds, printLength }

  return (
    <div data-testid="ai-panel" data-state="ready" style={boxStyle}>
      {statusError && <Notice tone="error">{statusError}</Notice>}
      {status && <StatusLine status={status} en={en} numberLocale={numberLocale} />}
      {modified && (
        <Notice tone="warning" testId="ai-unsaved">
          {tr(
            'Tin có thay đổi chưa lưu. Trợ lý AI làm việc trên bản đã lưu: hãy lưu tin trước khi áp dụng gợi ý AI.',
            'The story has unsaved changes. The AI assistant works on the saved version: save before applying a suggestion.',
          )}
        </Notice>
      )}

      {status && (
        <section aria-label={tr('Các việc trợ lý AI làm được', 'AI tasks')}>
          {status.tasks.map((task) => (
            <TaskRow
              key={task.task}
              task={task}
              story={story}
              targetLocales={targetLocales}
              budgetExceeded={status.budget.exceeded}
              onRun={create}
            />
          ))}
        </section>
      )}

      <h4 style={{ margin: 'var(--base) 0 0' }}>{tr('Gợi ý', 'Suggestions')}</h4>
      {listError && <Notice tone="error">{listError}</Notice>}
      {suggestions === null && !listError && <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>}
      {suggestions?.length === 0 && (
        <p style={mutedStyle} data-testid="ai-no-suggestions">
          {tr('Chưa có gợi ý nào cho tin này.', 'No suggestions for this story yet.')}
        </p>
      )}
      {suggestions?.map((suggestion) => (
        <SuggestionCard
          key={String(suggestion.id)}
          suggestion={suggestion}
          canApply={!modified}
          userName={userName}
          onAccept={(body) => accept(suggestion, body)}
          onReject={() => reject(suggestion)}
          onRetry={() => retry(suggestion)}
        />
      ))}
    </div>
  )
}

type StatusLineProps = { status: AiStatus; en: boolean; numberLocale: string }

/** Which provider answers, and for a remote model how much of the month's token budget is used. */
function StatusLine({ status, en, numberLocale }: StatusLineProps) {
  const tr = (vi: string, english: string) => (en ? english : vi)
  const { provider, budget } = status
  const used = formatNumber(budget.usedTokens, numberLocale)
  const policy =
    status.labelPolicy === 'generated'
      ? tr('Tin do AI tạo sẽ mang nhãn AI khi xuất bản.', 'AI-generated stories are labelled when published.')
      : status.labelPolicy === 'assisted'
        ? tr(
            'Tin có AI hỗ trợ sẽ mang nhãn AI khi xuất bản.',
            'AI-assisted stories are labelled when published.',
          )
        : undefined
  return (
    <div
      data-testid="ai-status"
      data-provider={provider.kind}
      style={{ marginBottom: 'calc(var(--base) / 2)' }}
    >
      <div style={rowStyle}>
        {provider.kind === 'local' ? (
          <Badge tone="success">{tr('Cục bộ — không dùng mạng', 'Local — no network')}</Badge>
        ) : (
          <Badge tone="elevation" title={provider.model}>
            {tr('Mô hình', 'Model')}: {provider.label}
          </Badge>
        )}
        {provider.kind === 'remote' && (
          <span style={mutedStyle} data-testid="ai-budget">
            {budget.monthlyTokens > 0
              ? tr(
                  `Đã dùng ${used} / ${formatNumber(budget.monthlyTokens, numberLocale)} token tháng này`,
                  `Used ${used} / ${formatNumber(budget.monthlyTokens, numberLocale)} tokens this month`,
                )
              : tr(`Đã dùng ${used} token tháng này`, `Used ${used} tokens this month`)}
            {budget.cost > 0 && ` (≈ ${budget.cost.toLocaleString(numberLocale)} ${budget.currency})`}
          </span>
        )}
      </div>
      {policy && <div style={{ ...mutedStyle, marginTop: 4 }}>{policy}</div>}
      {provider.kind === 'remote' && budget.exceeded && (
        <Notice tone="warning" testId="ai-budget-exceeded">
          {tr(
            'Đã dùng hết hạn mức token của tháng. Các việc bộ xử lý cục bộ làm được vẫn chạy bằng nút «Tạo bằng bộ xử lý cục bộ».',
            'The monthly token budget is used up. Tasks the local provider can do still run with “Run locally”.',
          )}
        </Notice>
      )}
    </div>
  )
}
