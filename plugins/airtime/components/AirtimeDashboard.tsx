'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { boxStyle, mutedStyle, Notice, useTr } from '../../../src/admin/ui'
import { LOG_LABELS } from '../lib/vocabulary'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import { messageOf, requestJson, type Channel, type ComplianceAnswer, type Id } from './api'
import { ImportForm } from './ImportForm'
import { RulesTable, Violations } from './RulesTable'
import { Timeline } from './Timeline'

type Setting = '' | 'true' | 'false'

/** `/admin/airtime`: pick a channel and a day; see its timeline and each rule; import its logs. */
export function AirtimeDashboard() {
  const { config } = useConfig()
  const api = config.routes.api
  const { tr, pick } = useTr()
  const [channels, setChannels] = useState<Channel[]>([])
  const [channel, setChannel] = useState<Id>()
  const [date, setDate] = useState(() => vietnamDay(Date.now()))
  const [log, setLog] = useState('')
  const [ads, setAds] = useState<Setting>('')
  const [reruns, setReruns] = useState<Setting>('')
  const [report, setReport] = useState<ComplianceAnswer>()
  const [error, setError] = useState<string>()
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    requestJson<{ docs: Channel[] }>(
      `${api}/publications?where[kind][in]=radio,tv&limit=100&depth=0&sort=name`,
    )
      .then(({ docs }) => {
        setChannels(docs)
        setChannel((current) => current ?? docs[0]?.id)
      })
      .catch((e) => setError(messageOf(e)))
  }, [api])

  useEffect(() => {
    if (channel === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      channel: String(channel),
      date,
      log,
      adsInDenominator: ads,
      rerunCountsAsNew: reruns,
    })
    setError(undefined)
    requestJson<ComplianceAnswer>(`${api}/airtime/compliance?${query}`, { signal: controller.signal })
      .then(setReport)
      .catch((e) => {
        if (!controller.signal.aborted) setError(messageOf(e))
      })
    return () => controller.abort()
  }, [api, channel, date, log, ads, reruns, reloads])

  const settingSelect = (value: Setting, set: (v: Setting) => void, label: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => set(event.target.value as Setting)}>
        <option value="">{tr('theo cấu hình', 'as configured')}</option>
        <option value="true">{tr('có', 'yes')}</option>
        <option value="false">{tr('không', 'no')}</option>
      </select>
    </label>
  )
  const coverage = report?.rules.find((rule) => rule.rule === 'coverage')

  return (
    <div data-testid="airtime-dashboard">
      <div
        style={{ ...boxStyle, display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        <label>
          {tr('Kênh', 'Channel')}{' '}
          <select
            value={String(channel ?? '')}
            onChange={(event) => setChannel(event.target.value)}
            data-testid="airtime-channel"
          >
            {channels.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr('Ngày', 'Day')}{' '}
          <input
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            data-testid="airtime-date"
          />
        </label>
        <label>
          {tr('Nguồn số liệu', 'Log')}{' '}
          <select value={log} onChange={(event) => setLog(event.target.value)}>
            <option value="">
              {tr('as-run nếu có, nếu không thì kế hoạch', 'as-run if any, else plan')}
            </option>
            <option value="asrun">{pick(LOG_LABELS.asrun)}</option>
            <option value="plan">{pick(LOG_LABELS.plan)}</option>
          </select>
        </label>
        {settingSelect(ads, setAds, tr('Tính quảng cáo vào mẫu số', 'Ads in the denominator'))}
        {settingSelect(reruns, setReruns, tr('Phát lại tính là mới', 'Reruns count as new'))}
      </div>
      {channels.length === 0 && !error && (
        <p style={mutedStyle}>
          {tr('Chưa có kênh phát thanh hay truyền hình nào.', 'No radio or TV channel yet.')}
        </p>
      )}
      {error && (
        <Notice tone="error" testId="airtime-error">
          {error}
        </Notice>
      )}
      {report && (
        <>
          <Notice tone={report.ok ? 'success' : 'error'} testId="airtime-verdict">
            {report.ok
              ? tr('Ngày phát sóng đạt mọi tiêu chí.', 'The broadcast day meets every rule.')
              : tr(
                  `Chưa đạt ${report.violations.length} tiêu chí.`,
                  `${report.violations.length} rule(s) not met.`,
                )}{' '}
            <span style={mutedStyle}>
              {pick(LOG_LABELS[report.log])}, {report.itemCount} {tr('mục', 'items')}
            </span>
          </Notice>
          <Timeline segments={report.segments} gaps={coverage?.gaps ?? []} />
          <RulesTable rules={report.rules} />
          <Violations rules={report.rules} />
        </>
      )}
      {channel !== undefined && (
        <ImportForm api={api} channel={channel} date={date} onChanged={() => setReloads((n) => n + 1)} />
      )}
    </div>
  )
}
