/**
 * airtime: a month of one TV channel's as-run log through `POST /api/schedule-items/import`; a
 * 100-row file whose last line is bad, refused with nothing stored; the compliance report over
 * the month (`/api/airtime/compliance/days`) and for single days (`/api/airtime/compliance`).
 */
import { figure } from '../lib/report'
import { addDays, asRunCsv, asRunDays, badLine } from './asrunCsv'
import { call, expectStatus, median, type Planning } from './newsroom'

export type AirtimeOptions = { firstDate: string; days: number; runs: number }

const SEED = 2026

function csvForm(planning: Planning, bytes: Buffer, fileName: string): FormData {
  const form = new FormData()
  form.set('channel', String(planning.ids.tv))
  form.set('log', 'asrun')
  form.set('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), fileName)
  return form
}

async function storedOn(planning: Planning, dates: string[]): Promise<number> {
  const { totalDocs } = await planning.payload.count({
    collection: 'schedule-items' as never,
    where: { channel: { equals: planning.ids.tv }, date: { in: dates } },
  })
  return totalDocs
}

export async function measureImport(name: string, planning: Planning, options: AirtimeOptions) {
  const base = `planning.${name}.asrun_import`
  const items = asRunDays(options.firstDate, options.days, SEED)
  const file = asRunCsv(items)
  const month = `${options.firstDate.slice(0, 7)}`
  const answer = expectStatus(
    await call(
      planning,
      'POST',
      '/api/schedule-items/import',
      csvForm(planning, file, `hytv-asrun-${month}.csv`),
    ),
    201,
    'as-run import',
  )
  const created = (answer.json() as { created?: number }).created
  if (created !== items.length)
    throw new Error(`as-run import created ${created} items, expected ${items.length}`)
  figure(`${base}.rows`, items.length, 'rows')
  figure(`${base}.bytes`, file.length, 'B')
  figure(`${base}.ms`, answer.ms, 'ms')
  figure(`${base}.rows_per_s`, items.length / (answer.ms / 1000), 'rows/s')

  // 99 good lines on the two days after the month, then one bad line: refused, nothing stored.
  const first = addDays(options.firstDate, options.days)
  const second = addDays(first, 1)
  const refused = asRunCsv(asRunDays(first, 2, SEED + 500).slice(0, 99), [badLine(second)])
  const imports = async () =>
    (await planning.payload.count({ collection: 'airtime-imports' as never })).totalDocs
  const importsBefore = await imports()
  const refusals: number[] = []
  for (let i = 0; i < options.runs; i++) {
    const refusal = expectStatus(
      await call(
        planning,
        'POST',
        '/api/schedule-items/import',
        csvForm(planning, refused, 'hytv-asrun-loi.csv'),
      ),
      400,
      'as-run import with a bad line',
    )
    const lines = ((refusal.json() as { errors?: Array<{ line?: number }> }).errors ?? []).map((e) => e.line)
    if (lines.join() !== '101')
      throw new Error(`the bad file was refused for lines [${lines}], expected [101]`)
    refusals.push(refusal.ms)
  }
  const stored = (await storedOn(planning, [first, second])) + (await imports()) - importsBefore
  figure(`${base}.refused.rows`, 100, 'rows')
  figure(`${base}.refused.p50`, median(refusals), 'ms')
  figure(`${base}.refused.rows_stored`, stored, 'rows')
  return stored === 0
}

type DaysAnswer = { compliantDays?: number; totalDays?: number }
type DayAnswer = { itemCount?: number; rules?: Array<{ rule: string; ok: boolean }> }

export async function measureCompliance(name: string, planning: Planning, options: AirtimeOptions) {
  const base = `planning.${name}.compliance`
  const channel = planning.ids.tv
  const to = addDays(options.firstDate, options.days - 1)
  const range = `/api/airtime/compliance/days?channel=${channel}&from=${options.firstDate}&to=${to}`
  // One untimed call first: the first request of a kind warms the server's code paths.
  const warm = expectStatus(
    await call(planning, 'GET', range),
    200,
    'compliance over the month',
  ).json() as DaysAnswer
  if (warm.totalDays !== options.days)
    throw new Error(`compliance/days answered ${warm.totalDays} days, expected ${options.days}`)
  const rangeMs: number[] = []
  for (let i = 0; i < options.runs; i++)
    rangeMs.push(expectStatus(await call(planning, 'GET', range), 200, 'compliance over the month').ms)
  figure(`${base}.days${options.days}.p50`, median(rangeMs), 'ms')
  figure(`${base}.days${options.days}.per_day`, median(rangeMs) / options.days, 'ms')
  figure(`${base}.days${options.days}.compliant_days`, warm.compliantDays ?? Number.NaN, 'days')

  const day = (i: number) =>
    `/api/airtime/compliance?channel=${channel}&date=${addDays(options.firstDate, i % options.days)}`
  expectStatus(await call(planning, 'GET', day(0)), 200, 'compliance of a day')
  const dayMs: number[] = []
  for (let i = 0; i < options.runs * 2; i++) {
    const answer = expectStatus(await call(planning, 'GET', day(i + 1)), 200, 'compliance of a day')
    const report = answer.json() as DayAnswer
    // The generated days run 00:00–24:00 without a gap: a coverage violation means the import lost rows.
    if (!report.itemCount || report.rules?.find((r) => r.rule === 'coverage')?.ok !== true)
      throw new Error(`compliance of day ${i + 1}: ${report.itemCount} items, coverage not met`)
    dayMs.push(answer.ms)
  }
  figure(`${base}.day.p50`, median(dayMs), 'ms')
  return true
}
