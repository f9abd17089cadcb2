'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import type { Delivery, StoryRef, TargetRef } from './api'
import { idOf, refOf } from './api'
import { errorBesideProblems } from './deliveryQuery'
import { ACTION_LABELS, CANCELLABLE, KIND_LABELS, RETRYABLE } from './labels'
import {
  cellStyle,
  DomesticBadge,
  errorTextStyle,
  formatTime,
  mutedStyle,
  numberCellStyle,
  RemoteLink,
  SmallButton,
  StatusBadge,
  useTr,
} from './ui'

export type DeliveryAct = (delivery: Delivery, action: 'retry' | 'cancel') => void

/** One delivery: which story went where, how it went, what the platform said, and the controls. */
export function DeliveryRow({
  delivery,
  canAct,
  busy,
  onAct,
}: {
  delivery: Delivery
  canAct: boolean
  busy: boolean
  onAct: DeliveryAct
}) {
  const { config } = useConfig()
  const { tr, pick, numberLocale } = useTr()
  const story = refOf<StoryRef>(delivery.story)
  const storyId = idOf(delivery.story)
  const target = refOf<TargetRef>(delivery.target)
  const kind = target?.kind ?? delivery.targetKind
  const kindLabel = kind && kind in KIND_LABELS ? pick(KIND_LABELS[kind as keyof typeof KIND_LABELS]) : kind
  const adminURL = (path: `/${string}`) => formatAdminURL({ adminRoute: config.routes.admin, path })
  const problems = delivery.problems ?? []
  const lastError = errorBesideProblems(delivery)

  return (
    <tr data-testid="delivery-row" data-delivery-id={String(delivery.id)} data-status={delivery.status}>
      <td style={cellStyle}>
        {storyId !== undefined ? (
          <Link
            href={adminURL(`/collections/stories/${storyId}`)}
            prefetch={false}
            data-testid="delivery-story"
          >
            {story?.headline || tr(`Tin bài #${storyId}`, `Story #${storyId}`)}
          </Link>
        ) : (
          <span style={mutedStyle}>{tr('Tin đã xoá', 'Deleted story')}</span>
        )}
        {delivery.storyRevision ? (
          <div style={mutedStyle}>
            {tr(`phiên bản ${delivery.storyRevision}`, `revision ${delivery.storyRevision}`)}
          </div>
        ) : null}
      </td>
      <td style={cellStyle} data-testid="delivery-target">
        <div>{target?.name ?? (idOf(delivery.target) !== undefined ? `#${idOf(delivery.target)}` : '—')}</div>
        <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
          {kindLabel && <span style={mutedStyle}>{kindLabel}</span>}
          <DomesticBadge domestic={delivery.domestic ?? target?.domestic} />
        </div>
      </td>
      <td style={cellStyle}>{pick(ACTION_LABELS[delivery.action]) ?? delivery.action}</td>
      <td style={cellStyle}>
        <StatusBadge status={delivery.status} />
        {delivery.status === 'queued' && delivery.nextAttemptAt && (
          <div style={mutedStyle}>
            {tr('thử lại lúc', 'next try')} {formatTime(delivery.nextAttemptAt, numberLocale)}
          </div>
        )}
        {delivery.note && <div style={mutedStyle}>{delivery.note}</div>}
        {delivery.status === 'cancelled' && delivery.cancelledBy && (
          <div style={mutedStyle}>
            {tr('huỷ bởi', 'cancelled by')} {delivery.cancelledBy}
          </div>
        )}
      </td>
      <td style={numberCellStyle}>{delivery.attempts ?? 0}</td>
      <td style={{ ...cellStyle, maxWidth: 360 }} data-testid="delivery-error">
        {lastError && <div style={errorTextStyle}>{lastError}</div>}
        {delivery.platformMessage && (
          <div style={{ ...mutedStyle, wordBreak: 'break-word' }}>
            {tr('Nền tảng trả lời:', 'Platform said:')} <q>{delivery.platformMessage}</q>
          </div>
        )}
        {problems.length > 0 && (
          <div style={errorTextStyle}>
            {tr('Chưa đạt yêu cầu:', 'Not ready:')}
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
      </td>
      <td style={cellStyle}>
        <RemoteLink url={delivery.remoteUrl} label={tr('Xem', 'Open')} />
        {!delivery.remoteUrl && delivery.remoteId && <span style={mutedStyle}>{delivery.remoteId}</span>}
      </td>
      <td style={{ ...cellStyle, whiteSpace: 'nowrap' }} title={tr('Cập nhật lần cuối', 'Last updated')}>
        {formatTime(delivery.updatedAt, numberLocale)}
      </td>
      {canAct && (
        <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
          <div style={{ display: 'flex', gap: 6 }}>
            {RETRYABLE.includes(delivery.status) && (
              <SmallButton
                disabled={busy}
                onClick={() => onAct(delivery, 'retry')}
                extraButtonProps={{ 'data-testid': 'retry-delivery' }}
              >
                {tr('Gửi lại', 'Retry')}
              </SmallButton>
            )}
            {CANCELLABLE.includes(delivery.status) && (
              <SmallButton
                buttonStyle="subtle"
                disabled={busy}
                onClick={() => onAct(delivery, 'cancel')}
                extraButtonProps={{ 'data-testid': 'cancel-delivery' }}
              >
                {tr('Huỷ', 'Cancel')}
              </SmallButton>
            )}
          </div>
        </td>
      )}
    </tr>
  )
}
