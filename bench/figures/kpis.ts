/**
 * The KPI report of the year over HTTP as the manager (GET /api/kpis?year=2025): the first call
 * (which fills the broadcast-day verdict cache) and warm calls; each KPI's numbers checked against
 * the records loaded; then data arrives (a day of audience, a corrected as-run day) and the report
 * must follow at once: views grown by exactly the imported views, one compliant day fewer.
 */
import { figure, note } from '../lib/report'
import { median } from '../planning/newsroom'
import type { AudienceFile } from './audienceCsv'
import { importAudienceFile, type AudienceImported } from './imports'
import { timeEachKpi } from './kpiTimes'
import { call, expectStatus, type Figures } from './newsroom'
import { breakDay, passingDay } from './schedule'
import { YEAR } from './stories'

export const GOAL_MS = 1000

type Kpi = { key: string; value: number | null; numerator?: number; denominator?: number; status: string }
type KpiReport = { computeMs: number; kpis: Kpi[] }

/** What the loaded records say each KPI must count. */
export type Expected = {
  published: number
  ai: number
  english: number
  domesticStories: number
  staff: number
  trained: number
  asRunDays: number
  revenueActual: number
  baselineActual: number
  audience: AudienceImported
}

const PATH = `/api/kpis?year=${YEAR}`

async function report(figures: Figures): Promise<{ ms: number; body: KpiReport }> {
  const answer = expectStatus(await call(figures, 'GET', PATH), 200, 'KPI report')
  return { ms: answer.ms, body: answer.json<KpiReport>() }
}

const kpiOf = (body: KpiReport, key: string) => {
  const kpi = body.kpis.find((k) => k.key === key)
  if (!kpi) throw new Error(`the KPI report has no "${key}"`)
  return kpi
}

/** `# check` lines: each KPI's counts against the records; false when any differs. */
function checkCounts(body: KpiReport, expected: Expected): boolean {
  const checks: Array<[string, string, number | undefined, number]> = [
    ['aiShare', 'numerator', kpiOf(body, 'aiShare').numerator, expected.ai],
    ['aiShare', 'denominator', kpiOf(body, 'aiShare').denominator, expected.published],
    ['domesticPlatforms', 'numerator', kpiOf(body, 'domesticPlatforms').numerator, expected.domesticStories],
    ['domesticPlatforms', 'denominator', kpiOf(body, 'domesticPlatforms').denominator, expected.published],
    ['foreignLanguage', 'numerator', kpiOf(body, 'foreignLanguage').numerator, expected.english],
    ['staffTrained', 'numerator', kpiOf(body, 'staffTrained').numerator, expected.trained],
    ['staffTrained', 'denominator', kpiOf(body, 'staffTrained').denominator, expected.staff],
    [
      'broadcastCompliance',
      'denominator',
      kpiOf(body, 'broadcastCompliance').denominator,
      expected.asRunDays,
    ],
    ['revenueGrowth', 'numerator', kpiOf(body, 'revenueGrowth').numerator, expected.revenueActual],
    ['revenueGrowth', 'denominator', kpiOf(body, 'revenueGrowth').denominator, expected.baselineActual],
    [
      'domesticAudience',
      'numerator',
      kpiOf(body, 'domesticAudience').numerator,
      expected.audience.domesticViews,
    ],
    ['domesticAudience', 'denominator', kpiOf(body, 'domesticAudience').denominator, expected.audience.views],
    ['mobileAudience', 'numerator', kpiOf(body, 'mobileAudience').numerator, expected.audience.mobileViews],
  ]
  let ok = true
  for (const [key, part, got, want] of checks) {
    const same = got === want
    ok &&= same
    if (!same)
      note(`check ${key}.${part}: the report says ${got}, the records loaded give ${want} — MISMATCH`)
  }
  note(
    `check: ${checks.length} KPI counts against the records loaded: ${ok ? 'all equal' : 'see MISMATCH above'}`,
  )
  return ok
}

export async function measureKpis(
  name: string,
  figures: Figures,
  expected: Expected,
  warmRuns: number,
): Promise<{ ok: boolean; before: KpiReport }> {
  const base = `figures.${name}.kpis.year`
  const cold = await report(figures)
  figure(`${base}.cold_ms`, cold.ms, 'ms')
  figure(`${base}.cold.compute_ms`, cold.body.computeMs, 'ms')
  const warm: Array<{ ms: number; body: KpiReport }> = []
  for (let i = 0; i < warmRuns; i++) warm.push(await report(figures))
  const warmMs = median(warm.map((w) => w.ms))
  figure(`${base}.warm_ms`, warmMs, 'ms')
  figure(`${base}.warm.compute_ms`, median(warm.map((w) => w.body.computeMs)), 'ms')
  note(
    `goal < ${GOAL_MS} ms (warm, the dashboard's case): ${warmMs < GOAL_MS ? 'met' : 'NOT met'}; cold (verdict cache filled for the year): ${cold.ms < GOAL_MS ? 'met' : 'NOT met'}`,
  )
  const each = await timeEachKpi(figures.payload, figures.settings, YEAR, 3)
  for (const { key, ms } of each) figure(`figures.${name}.kpis.each.${key}.ms`, ms, 'ms')
  const slowest = [...each].sort((a, b) => b.ms - a.ms)[0]
  note(
    `each KPI alone in the bench process (median of 3); slowest: ${slowest?.key} ${slowest?.ms.toFixed(0)} ms; sum ${each.reduce((s, e) => s + e.ms, 0).toFixed(0)} ms`,
  )
  const last = warm[warm.length - 1]!.body
  note(`KPIs ${YEAR}: ${last.kpis.map((k) => `${k.key} ${k.value ?? '—'} (${k.status})`).join(', ')}`)
  return { ok: checkCounts(last, expected), before: last }
}

/**
 * One more day of audience and one corrected as-run day, then the report: every figure they touch
 * must have moved by exactly what arrived. Prints `kpis.current 1 bool`, or throws.
 */
export async function measureArrival(
  name: string,
  figures: Figures,
  before: KpiReport,
  day: AudienceFile,
): Promise<void> {
  const base = `figures.${name}`
  const broken = await passingDay(figures)
  const imported = await importAudienceFile(figures, day, `audience import ${day.name}`)
  figure(`${base}.arrival.audience_day.rows`, day.rows, 'rows')
  figure(`${base}.arrival.audience_day.ms`, imported.ms, 'ms')
  if (broken) {
    const corrected = await breakDay(figures, broken)
    figure(`${base}.arrival.asrun_correction.ms`, corrected.ms, 'ms')
  } else note('no passing broadcast day found to correct: the compliance check below only expects no change')
  const after = await report(figures)
  figure(`${base}.kpis.year.after_arrival_ms`, after.ms, 'ms')
  figure(`${base}.kpis.year.after_arrival.compute_ms`, after.body.computeMs, 'ms')
  const moved = (key: string, part: 'numerator' | 'denominator') =>
    (kpiOf(after.body, key)[part] ?? Number.NaN) - (kpiOf(before, key)[part] ?? Number.NaN)
  const checks: Array<[string, number, number]> = [
    ['views (domesticAudience.denominator)', moved('domesticAudience', 'denominator'), day.totals.views],
    [
      'domestic views (domesticAudience.numerator)',
      moved('domesticAudience', 'numerator'),
      day.domesticViews,
    ],
    ['mobile views (mobileAudience.numerator)', moved('mobileAudience', 'numerator'), day.totals.mobileViews],
    [
      'compliant days (broadcastCompliance.numerator)',
      moved('broadcastCompliance', 'numerator'),
      broken ? -1 : 0,
    ],
    ['as-run days (broadcastCompliance.denominator)', moved('broadcastCompliance', 'denominator'), 0],
  ]
  let current = true
  for (const [what, got, want] of checks) {
    note(`current: ${what} moved by ${got}, expected ${want}${got === want ? '' : ' — MISMATCH'}`)
    current &&= got === want
  }
  figure(`${base}.kpis.current`, current ? 1 : 0, 'bool')
  if (!current) throw new Error('the KPI report did not follow the data that arrived (see MISMATCH above)')
  if (broken) note(`(the corrected day: ${broken}, a daytime programme missing → a gap in the 24 h)`)
}

/** The two reports the dashboard opens beside the KPIs: first call and the median of `runs`. */
export async function measureReports(
  name: string,
  figures: Figures,
  views: number,
  runs: number,
): Promise<boolean> {
  const paths: Array<[string, string]> = [
    ['audience_report', `/api/audience/report?from=${YEAR}-01-01&to=${YEAR}-12-31`],
    ['revenue_report', `/api/revenue/report?year=${YEAR}`],
  ]
  let ok = true
  for (const [label, path] of paths) {
    const first = expectStatus(await call(figures, 'GET', path), 200, label)
    const times: number[] = []
    for (let i = 0; i < runs; i++) times.push(expectStatus(await call(figures, 'GET', path), 200, label).ms)
    figure(`figures.${name}.${label}.first_ms`, first.ms, 'ms')
    figure(`figures.${name}.${label}.ms`, median(times), 'ms')
    if (label === 'audience_report') {
      const got = first.json<{ views?: number }>().views
      if (got !== views) {
        ok = false
        note(`check audience report views: ${got}, the files gave ${views} — MISMATCH`)
      }
    }
  }
  return ok
}
