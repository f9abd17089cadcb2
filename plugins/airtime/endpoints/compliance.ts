import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { complianceForDay } from '../lib/compliance'
import { booleanParam } from '../../../src/lib/imports/responses'
import { refuseReader } from '../lib/http'
import { loadComplianceDay, loadComplianceDays, type LogChoice } from '../lib/scheduleStore'
import { daysBetween, parseIsoDate } from '../lib/time'
import { checkChannel, type ChannelCheck } from '../lib/validators'
import { isLog } from '../lib/vocabulary'
import type { AirtimePluginOptions } from '../types'

export const MAX_RANGE_DAYS = 92

type Common = {
  channel: Extract<ChannelCheck, { ok: true }>
  source: LogChoice
  settings: { adsInDenominator: boolean; rerunCountsAsNew: boolean }
}

/** Channel, log and the two settings (the plugin's defaults unless the query overrides them). */
async function commonParams(req: PayloadRequest, options: AirtimePluginOptions): Promise<Common | Response> {
  const refused = refuseReader(req)
  if (refused) return refused
  const query = req.searchParams
  const log = (query.get('log') ?? '').trim()
  if (log !== '' && log !== 'auto' && !isLog(log))
    return errorResponse(400, `Tham số "log" phải là asrun, plan hoặc để trống, nhận được "${log}".`)
  const adsInDenominator = booleanParam(
    query.get('adsInDenominator'),
    options.adsInDenominator,
    'adsInDenominator',
  )
  if (adsInDenominator instanceof Response) return adsInDenominator
  const rerunCountsAsNew = booleanParam(
    query.get('rerunCountsAsNew'),
    options.rerunCountsAsNew,
    'rerunCountsAsNew',
  )
  if (rerunCountsAsNew instanceof Response) return rerunCountsAsNew
  if (!query.get('channel'))
    return errorResponse(400, 'Thiếu tham số "channel" (mã kênh phát thanh/truyền hình).')
  const channel = await checkChannel(req, query.get('channel')!.trim())
  if (!channel.ok) return errorResponse(channel.status, channel.message)
  return {
    channel,
    source: log === '' || log === 'auto' ? 'auto' : (log as LogChoice),
    settings: { adsInDenominator, rerunCountsAsNew },
  }
}

function dateParam(req: PayloadRequest, name: string): string | Response {
  const value = req.searchParams.get(name) ?? ''
  return (
    parseIsoDate(value) ??
    errorResponse(400, `Tham số "${name}" phải là một ngày có thật dạng YYYY-MM-DD, nhận được "${value}".`)
  )
}

/**
 * `GET /api/airtime/compliance?channel=&date=&log=asrun|plan&adsInDenominator=&rerunCountsAsNew=`:
 * one broadcast day against every rule, with the violating items.
 */
export const complianceEndpoint = (options: AirtimePluginOptions): Endpoint => ({
  path: '/airtime/compliance',
  method: 'get',
  handler: async (req) => {
    const common = await commonParams(req, options)
    if (common instanceof Response) return common
    const date = dateParam(req, 'date')
    if (date instanceof Response) return date
    const { channel, source, settings } = common
    const day = await loadComplianceDay(req.payload, { channel: channel.id, date, source })
    const report = complianceForDay(day.items, { ...settings, date })
    return Response.json({
      channel: { id: channel.id, name: channel.name, kind: channel.kind },
      log: day.log,
      itemCount: report.segments.length,
      ...report,
    })
  },
})

/**
 * `GET /api/airtime/compliance/days?channel=&from=&to=` (at most 92 days): each day's verdict
 * and broken rules, for the managers' count of compliant broadcast days.
 */
export const complianceDaysEndpoint = (options: AirtimePluginOptions): Endpoint => ({
  path: '/airtime/compliance/days',
  method: 'get',
  handler: async (req) => {
    const common = await commonParams(req, options)
    if (common instanceof Response) return common
    const from = dateParam(req, 'from')
    if (from instanceof Response) return from
    const to = dateParam(req, 'to')
    if (to instanceof Response) return to
    const span = daysBetween(from, to) + 1
    if (span < 1) return errorResponse(400, `"to" (${to}) phải không trước "from" (${from}).`)
    if (span > MAX_RANGE_DAYS)
      return errorResponse(400, `Khoảng ngày dài ${span} ngày; tối đa ${MAX_RANGE_DAYS} ngày mỗi lần.`)
    const { channel, source, settings } = common
    const loaded = await loadComplianceDays(req.payload, { channel: channel.id, from, to, source })
    const days = loaded.map((day) => {
      const report = complianceForDay(day.items, { ...settings, date: day.date })
      return {
        date: day.date,
        log: day.log,
        ok: report.ok,
        violations: report.violations,
        itemCount: report.segments.length,
        airtimeSeconds: report.totals.airtimeSeconds,
      }
    })
    return Response.json({
      channel: { id: channel.id, name: channel.name, kind: channel.kind },
      from,
      to,
      settings,
      compliantDays: days.filter((day) => day.ok).length,
      totalDays: days.length,
      days,
    })
  },
})
