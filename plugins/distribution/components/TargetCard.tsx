'use client'

import { DELIVERY_ACTIONS, type DeliveryAction } from '../types'
import type { Delivery, StoryTargetCheck } from './api'
import { errorBesideProblems } from './deliveryQuery'
import { ACTION_LABELS, KIND_LABELS } from './labels'
import { DomesticBadge, errorTextStyle, formatTime, mutedStyle, RemoteLink, StatusBadge, useTr } from './ui'

/**
 * One target of the story: what it would refuse in the saved story (checked before publishing)
 * and the latest delivery per action. `check` is missing for a target the story no longer goes to
 * but which has deliveries (e.g. its removal).
 */
export function TargetCard({
  targetId,
  check,
  latest,
}: {
  targetId: string
  check?: StoryTargetCheck
  latest?: Map<DeliveryAction, Delivery>
}) {
  const { tr, pick, numberLocale } = useTr()
  const deliveries = DELIVERY_ACTIONS.flatMap((action) => {
    const delivery = latest?.get(action)
    return delivery ? [delivery] : []
  })
  const problems = check?.problems ?? []
  const kindLabel = check ? pick(check.label ?? KIND_LABELS[check.kind]) : undefined

  return (
    <li
      data-testid="distribution-target"
      data-target-id={targetId}
      data-problems={problems.length}
      style={{ padding: 'calc(var(--base) / 2) 0', borderTop: '1px solid var(--theme-elevation-100)' }}
    >
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>{check?.name ?? tr(`Đích #${targetId}`, `Target #${targetId}`)}</strong>
        <DomesticBadge domestic={check?.domestic ?? deliveries[0]?.domestic} />
      </div>
      {kindLabel && <div style={mutedStyle}>{kindLabel}</div>}
      {!check && (
        <div style={mutedStyle}>
          {tr('Tin không còn phát hành tới đích này.', 'The story no longer goes here.')}
        </div>
      )}
      {problems.length > 0 && (
        <div style={errorTextStyle} data-testid="target-problems" role="alert">
          {tr('Chưa đạt yêu cầu: ', 'Not ready: ')}
          {problems.map((problem) => problem.message).join(' ')}
        </div>
      )}
      {check && problems.length === 0 && deliveries.length === 0 && (
        <div style={mutedStyle}>{tr('Đạt yêu cầu, chưa phát hành.', 'Ready, not sent yet.')}</div>
      )}
      {deliveries.length > 0 && (
        <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
          {deliveries.map((delivery) => (
            <li key={String(delivery.id)} data-testid="target-delivery" data-status={delivery.status}>
              <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
                <span>{pick(ACTION_LABELS[delivery.action])}:</span>
                <StatusBadge status={delivery.status} />
                <RemoteLink url={delivery.remoteUrl} label={tr('Xem', 'Open')} />
              </div>
              <div style={mutedStyle}>
                {formatTime(delivery.confirmedAt ?? delivery.failedAt ?? delivery.updatedAt, numberLocale)}
                {delivery.attempts ? ` · ${tr('lần thử', 'attempts')} ${delivery.attempts}` : ''}
              </div>
              {delivery.status !== 'confirmed' && (delivery.problems ?? []).length > 0 && (
                <div style={errorTextStyle}>
                  {tr('Không gửi: nội dung chưa đạt yêu cầu.', 'Not sent: the content was not ready.')}
                </div>
              )}
              {delivery.status !== 'confirmed' && errorBesideProblems(delivery) && (
                <div style={errorTextStyle}>{errorBesideProblems(delivery)}</div>
              )}
              {delivery.platformMessage && delivery.status !== 'confirmed' && (
                <div style={{ ...mutedStyle, wordBreak: 'break-word' }}>
                  {tr('Nền tảng trả lời:', 'Platform said:')} <q>{delivery.platformMessage}</q>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
