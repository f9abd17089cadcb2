/**
 * figures: a year of a merged provincial agency's records in PostgreSQL (BENCH_FIGURES_DATABASES,
 * default postgres; add sqlite to compare), then what the managers' figures cost at that size.
 *
 *   data         BENCH_FIGURES_STORIES (50,000) stories over 2025 (~30 % with AI provenance, ~10 %
 *                with an English headline), deliveries for about half, BENCH_FIGURES_STAFF (150)
 *                staff with training records, a year of one TV channel's as-run log (~99 items a
 *                day, through the import endpoint month by month)
 *   revenue      BENCH_FIGURES_REVENUE_ROWS (5,000) ledger rows for 2024 and 2025, a CSV per year,
 *                through POST /api/revenue-entries/import: rows/s
 *   audience     BENCH_FIGURES_AUDIENCE_ROWS (1,000,000) rows of platform exports, a CSV per month
 *                (the last day held back), through POST /api/audience-daily/import: rows/s overall
 *                and per file, bytes/s, the server's peak memory
 *   KPIs         GET /api/kpis?year=2025: the first call (fills the broadcast-day verdict cache)
 *                and the median of BENCH_FIGURES_RUNS (5) warm calls, goal < 1 s; each KPI's
 *                counts checked against the records; each KPI timed alone
 *   arrival      the held-back day of audience and a corrected as-run day, then the report again:
 *                its figures must have moved by exactly what arrived (`kpis.current 1 bool`)
 *   reports      GET /api/audience/report for the year and GET /api/revenue/report
 *
 * Processes as in planning: our full server in a child (every timed request, as the manager, on
 * a new connection) and this process's Payload, which pushes the schema and writes the stories,
 * deliveries and staff straight to the database.
 */
import { availableParallelism, loadavg } from 'node:os'

import type { Payload } from 'payload'

import { analyzeIfPostgres } from './lib/analyze'
import { createBenchDatabase, type DatabaseKind } from './lib/databases'
import { envInt, note, type Section } from './lib/report'
import { audienceFile, dayRows, monthRows, planAudience, type AudienceFile } from './figures/audienceCsv'
import { measureAudienceImport, measureRevenueImport } from './figures/imports'
import { measureArrival, measureKpis, measureReports, type Expected } from './figures/kpis'
import { openFigures, PUBLICATIONS, type BaseIds, type Figures } from './figures/newsroom'
import { loadDeliveries, loadStaff } from './figures/records'
import { revenueFiles } from './figures/revenueCsv'
import { loadAsRunYear } from './figures/schedule'
import { loadStories, YEAR } from './figures/stories'

type Options = { stories: number; audienceRows: number; revenueRows: number; staff: number; runs: number }

const LAST_IMPORTED_DAY = `${YEAR}-12-30`
const ARRIVING_DAY = `${YEAR}-12-31`
const AUDIENCE_SEED = 7

function databasesToRun(): DatabaseKind[] {
  const wanted = (process.env.BENCH_FIGURES_DATABASES ?? 'postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = wanted.filter((db) => db !== 'sqlite' && db !== 'postgres')
  if (unknown.length)
    throw new Error(`BENCH_FIGURES_DATABASES: unknown database(s) ${unknown.join(', ')} (sqlite, postgres)`)
  return wanted as DatabaseKind[]
}

async function part(label: string, run: () => Promise<boolean>): Promise<boolean> {
  try {
    return await run()
  } catch (error) {
    console.log(`# ${label} FAILED: ${((error as Error).stack ?? String(error)).split('\n').join('\n#   ')}`)
    return false
  }
}

async function timedSetup<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await run()
  note(`setup: ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s (not a figure)`)
  return result
}

type Prepared = Awaited<ReturnType<typeof loadStories>> & {
  domesticStories: number
  staff: number
  trained: number
}

async function prepare(payload: Payload, ids: BaseIds, options: Options): Promise<Prepared> {
  const stories = await timedSetup(`${options.stories.toLocaleString('en')} stories with AI provenance`, () =>
    loadStories(payload, ids, options.stories),
  )
  note(
    `  ${stories.published.toLocaleString('en')} published in ${YEAR}, ${stories.ai.toLocaleString('en')} with AI, ${stories.english.toLocaleString('en')} with an English headline`,
  )
  const deliveries = await timedSetup('deliveries', () =>
    loadDeliveries(
      payload,
      stories.planned.map((story, i) => ({
        id: stories.ids[i]!,
        publishedAt: story.publishedAt,
        public: story.state === 'published' || story.state === 'corrected',
      })),
    ),
  )
  note(
    `  ${deliveries.rows.toLocaleString('en')} deliveries; ${deliveries.domesticStories.toLocaleString('en')} stories confirmed on a domestic platform`,
  )
  const staff = await timedSetup(`${options.staff} staff and their training records`, () =>
    loadStaff(payload, ids, options.staff),
  )
  return {
    ...stories,
    domesticStories: deliveries.domesticStories,
    staff: staff.staff,
    trained: staff.trained,
  }
}

async function measure(
  name: string,
  figures: Figures,
  prepared: Prepared,
  options: Options,
): Promise<boolean> {
  const asRunDays = await loadAsRunYear(figures)
  // PostgreSQL plans from statistics, which autovacuum would have gathered after a bulk load.
  const analyze = (what: string) =>
    figures.payload.db.name === 'postgres'
      ? timedSetup(what, () => analyzeIfPostgres(figures.payload))
      : undefined
  await analyze('ANALYZE (as autovacuum would after a bulk load)')

  const channels = ['', ...PUBLICATIONS.map(([, code]) => code)]
  const [baseline, current] = revenueFiles([YEAR - 1, YEAR], options.revenueRows, channels, 11)
  let ok = await part(`figures.${name} revenue import`, () =>
    measureRevenueImport(name, figures, [baseline!, current!]),
  )

  const plans = await timedSetup('audience plan', async () =>
    planAudience(prepared.audience, options.audienceRows, LAST_IMPORTED_DAY, AUDIENCE_SEED),
  )
  const months: Array<() => AudienceFile> = Array.from({ length: 12 }, (_, m) => () => {
    const month = `${YEAR}-${String(m + 1).padStart(2, '0')}`
    return audienceFile(`nen-tang-${month}.csv`, prepared.audience, monthRows(plans, month, AUDIENCE_SEED))
  })
  const audience = await measureAudienceImport(name, figures, months)
  if (audience.rows !== options.audienceRows)
    throw new Error(`audience: ${audience.rows} rows sent, ${options.audienceRows} planned`)
  await analyze('ANALYZE after the audience import')

  const expected: Expected = {
    published: prepared.published,
    ai: prepared.ai,
    english: prepared.english,
    domesticStories: prepared.domesticStories,
    staff: prepared.staff,
    trained: prepared.trained,
    asRunDays,
    revenueActual: current!.actual,
    baselineActual: baseline!.actual,
    audience,
  }
  const kpis = await measureKpis(name, figures, expected, options.runs)
  ok &&= kpis.ok
  const day = audienceFile(
    `nen-tang-${ARRIVING_DAY}.csv`,
    prepared.audience,
    dayRows(prepared.audience, ARRIVING_DAY, AUDIENCE_SEED + 1),
  )
  ok =
    (await part(
      `figures.${name} arrival`,
      async () => (await measureArrival(name, figures, kpis.before, day), true),
    )) && ok
  ok =
    (await part(`figures.${name} reports`, () =>
      measureReports(name, figures, audience.views + day.totals.views, options.runs),
    )) && ok
  return ok
}

async function runDatabase(kind: DatabaseKind, options: Options): Promise<boolean> {
  const [one, five] = loadavg()
  note(
    `--- ${kind} --- (load average ${one?.toFixed(1)} / ${five?.toFixed(1)} on ${availableParallelism()} cores)`,
  )
  const db = await createBenchDatabase(kind)
  let figures: Figures | undefined
  try {
    note(`database: ${db.label}`)
    const opened = await timedSetup('boot (schema push), data and the server child', () =>
      openFigures(db, (payload, ids) => prepare(payload, ids, options)),
    )
    figures = opened.figures
    return await measure(kind, figures, opened.prepared, options)
  } finally {
    await figures?.close()
    await db
      .drop()
      .catch((error: Error) =>
        console.log(`# figures.${kind}: could not drop the bench database: ${error.message}`),
      )
  }
}

async function run(): Promise<boolean> {
  const options: Options = {
    stories: envInt('BENCH_FIGURES_STORIES', 50_000),
    audienceRows: envInt('BENCH_FIGURES_AUDIENCE_ROWS', 1_000_000),
    revenueRows: envInt('BENCH_FIGURES_REVENUE_ROWS', 5_000, 48),
    staff: envInt('BENCH_FIGURES_STAFF', 150),
    runs: envInt('BENCH_FIGURES_RUNS', 5),
  }
  note(
    `${options.stories.toLocaleString('en')} stories, ${options.audienceRows.toLocaleString('en')} audience rows, ` +
      `${options.revenueRows.toLocaleString('en')} revenue rows, ${options.staff} staff; medians of ${options.runs}`,
  )
  note('figures: figures.<db>.<revenue|audience|kpis|arrival|audience_report|revenue_report>.<case>.<metric>')
  let ok = true
  for (const kind of databasesToRun())
    ok = (await part(`figures.${kind}`, () => runDatabase(kind, options))) && ok
  return ok
}

const figures: Section = {
  title: 'figures — a year of records: KPI report time (goal < 1 s), audience and revenue CSV import rates',
  run,
}
export default figures
