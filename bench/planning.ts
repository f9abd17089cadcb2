/**
 * planning: the desk-planning endpoints on realistic volumes, on SQLite and PostgreSQL
 * (BENCH_DATABASES), each on a fresh database.
 *
 *   as-run import  a month (BENCH_PLANNING_DAYS, default 30) of one TV channel's as-run log,
 *                  ~99 items a day covering 24 h, Vietnamese titles, through
 *                  POST /api/schedule-items/import: rows/s and ms; a 100-row file whose last line
 *                  is bad: ms to refuse, and the rows stored after it (must be 0)
 *   compliance     GET /api/airtime/compliance/days over the month (median of BENCH_PLANNING_RUNS)
 *                  and per day; GET /api/airtime/compliance for single days
 *   rundown        a rundown of BENCH_PLANNING_RUNDOWN_ITEMS (60) items: POST /api/rundowns/:id/reorder
 *                  (median of BENCH_PLANNING_REORDERS, 20) and GET /api/rundowns/:id/timing
 *   print          an edition of BENCH_PLANNING_PAGES (24) pages × 4 placements of ~3,000-character
 *                  stories: GET /api/editions/:id/fit and GET /api/editions/:id/package (zip)
 *   e-paper        a BENCH_PLANNING_EPAPER_PAGES (12) page PDF (pdf-lib) through
 *                  POST /api/editions/:id/epaper, rasterised by the worker in this process:
 *                  seconds per page until the edition is ready, zones proposed
 *
 * Processes (planning/newsroom.ts): our full server in a child (every timed request goes to it
 * over HTTP, as the editor), and this process's Payload, which prepares the data through the
 * Local API and runs the e-paper worker (startWorker, media queue, REDIS_URL with a private
 * queue prefix, obliterated afterwards).
 *
 * Environment: the BENCH_PLANNING_* sizes above, BENCH_PLANNING_PARTS
 * (airtime,rundown,print,epaper), BENCH_PLANNING_EPAPER_DATABASES (the first of BENCH_DATABASES:
 * rasterising is poppler's and sharp's work, not the database's; `sqlite,postgres` for both),
 * BENCH_DATABASES (sqlite,postgres), BENCH_POSTGRES_URL / TEST_POSTGRES_URL, REDIS_URL
 * (redis://127.0.0.1:6379).
 */
import { availableParallelism, loadavg } from 'node:os'

import type { Payload } from 'payload'

import { queuesFor } from '../plugins/jobs'
import { QUEUE_NAMES } from '../plugins/jobs/types'
import { createBenchDatabase, type DatabaseKind } from './lib/databases'
import { envInt, note, type Section } from './lib/report'
import { addDays } from './planning/asrunCsv'
import { measureCompliance, measureImport } from './planning/airtime'
import { measureEpaper } from './planning/epaper'
import { openPlanning, type BaseIds, type Planning } from './planning/newsroom'
import {
  createEdition,
  createStories,
  measurePrint,
  PLACEMENTS_PER_PAGE,
  type BenchStory,
} from './planning/print'
import { createRundown, measureRundown, type BenchRundown } from './planning/rundown'

type Id = number | string

const PARTS = ['airtime', 'rundown', 'print', 'epaper'] as const
const FIRST_DATE = '2026-03-01'

type Options = {
  days: number
  runs: number
  rundownItems: number
  reorders: number
  pages: number
  epaperPages: number
  parts: Set<string>
}

function databasesToRun(): DatabaseKind[] {
  const wanted = (process.env.BENCH_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = wanted.filter((db) => db !== 'sqlite' && db !== 'postgres')
  if (unknown.length)
    throw new Error(`BENCH_DATABASES: unknown database(s) ${unknown.join(', ')} (sqlite, postgres)`)
  return wanted as DatabaseKind[]
}

/** One part of the run; a failure is reported and the next part still runs. */
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

type Prepared = { stories: BenchStory[]; rundown?: BenchRundown; printEdition?: Id; epaperEdition?: Id }

const PRINT_DATE = '2026-03-31'
const EPAPER_DATE = '2026-04-01'

/** Everything the timed requests need, through the Local API while the server child boots. */
async function prepare(payload: Payload, ids: BaseIds, options: Options): Promise<Prepared> {
  const { parts } = options
  const pages = Math.max(
    parts.has('print') ? options.pages : 0,
    parts.has('epaper') ? options.epaperPages : 0,
    parts.has('rundown') ? 1 : 0,
  )
  const prepared: Prepared = { stories: [] }
  if (!pages) return prepared
  const count = pages * PLACEMENTS_PER_PAGE
  const stories = await timedSetup(`${count} stories, ${pages} pictures`, () =>
    createStories(payload, ids, count),
  )
  prepared.stories = stories
  if (parts.has('rundown'))
    prepared.rundown = await timedSetup(`a rundown of ${options.rundownItems} items`, () =>
      createRundown(
        payload,
        ids,
        stories.map((story) => story.id),
        options.rundownItems,
        addDays(FIRST_DATE, options.days - 1),
      ),
    )
  const edition = (number: number, date: string, pages: number, planLengths: boolean) =>
    timedSetup(`edition ${number}: ${pages} pages × ${PLACEMENTS_PER_PAGE} placements`, () =>
      createEdition(payload, ids, { number, date, pages, stories, planLengths }),
    )
  if (parts.has('print')) prepared.printEdition = await edition(1, PRINT_DATE, options.pages, true)
  if (parts.has('epaper')) prepared.epaperEdition = await edition(2, EPAPER_DATE, options.epaperPages, false)
  return prepared
}

async function measure(
  name: string,
  planning: Planning,
  prepared: Prepared,
  options: Options,
): Promise<boolean> {
  const { parts } = options
  const airtime = { firstDate: FIRST_DATE, days: options.days, runs: options.runs }
  let ok = true
  if (parts.has('airtime')) {
    ok = (await part(`planning.${name} as-run import`, () => measureImport(name, planning, airtime))) && ok
    ok = (await part(`planning.${name} compliance`, () => measureCompliance(name, planning, airtime))) && ok
  }
  const { rundown, printEdition, epaperEdition, stories } = prepared
  if (rundown)
    ok =
      (await part(`planning.${name} rundown`, () =>
        measureRundown(name, planning, rundown, { reorders: options.reorders }),
      )) && ok
  if (printEdition !== undefined)
    ok =
      (await part(`planning.${name} print`, () =>
        measurePrint(name, planning, printEdition, { pages: options.pages, runs: options.runs * 2 }),
      )) && ok
  if (epaperEdition !== undefined)
    ok =
      (await part(`planning.${name} e-paper`, () =>
        measureEpaper(name, planning, epaperEdition, {
          pages: options.epaperPages,
          stories,
          date: EPAPER_DATE,
        }),
      )) && ok
  return ok
}

async function runDatabase(kind: DatabaseKind, options: Options): Promise<boolean> {
  const name = kind
  const [one, five] = loadavg()
  note(
    `--- ${name} --- (load average ${one?.toFixed(1)} / ${five?.toFixed(1)} on ${availableParallelism()} cores)`,
  )
  const db = await createBenchDatabase(kind)
  let planning: Planning | undefined
  try {
    note(`database: ${db.label}`)
    const opened = await timedSetup('boot (schema push), data and the server child', () =>
      openPlanning(
        db,
        {
          REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
          QUEUE_PREFIX: `bench-planning-${process.pid}-${name}`,
        },
        (payload, ids) => prepare(payload, ids, options),
      ),
    )
    planning = opened.planning
    return await measure(name, planning, opened.prepared, options)
  } finally {
    if (planning) {
      // The private queues' jobs would otherwise stay in the shared Redis.
      const queues = queuesFor(planning.payload)
      await Promise.allSettled(QUEUE_NAMES.map((queue) => queues.get(queue).obliterate({ force: true })))
      await planning.close()
    }
    await db
      .drop()
      .catch((error: Error) =>
        console.log(`# planning.${name}: could not drop the bench database: ${error.message}`),
      )
  }
}

async function run(): Promise<boolean> {
  const options: Options = {
    days: envInt('BENCH_PLANNING_DAYS', 30),
    runs: envInt('BENCH_PLANNING_RUNS', 5),
    rundownItems: envInt('BENCH_PLANNING_RUNDOWN_ITEMS', 60),
    reorders: envInt('BENCH_PLANNING_REORDERS', 20),
    pages: envInt('BENCH_PLANNING_PAGES', 24),
    epaperPages: envInt('BENCH_PLANNING_EPAPER_PAGES', 12),
    parts: new Set((process.env.BENCH_PLANNING_PARTS || PARTS.join(',')).split(',').map((s) => s.trim())),
  }
  const unknown = [...options.parts].filter((p) => !(PARTS as readonly string[]).includes(p))
  if (unknown.length)
    throw new Error(`BENCH_PLANNING_PARTS: unknown part(s) ${unknown.join(', ')} (${PARTS.join(', ')})`)
  if (options.days > 92) throw new Error('BENCH_PLANNING_DAYS: the compliance report covers at most 92 days')
  note(
    `as-run log of ${options.days} days; medians of ${options.runs} (month report, refusals) and ${options.runs * 2} ` +
      `(single days, fit); rundown of ${options.rundownItems} items, ${options.reorders} reorders; print ` +
      `${options.pages} pages × ${PLACEMENTS_PER_PAGE}; e-paper ${options.epaperPages} pages`,
  )
  note('figures: planning.<db>.<asrun_import|compliance|rundown|print|epaper>.<case>.<metric>')
  const databases = databasesToRun()
  // The rasterise job's time is poppler's and sharp's (~5 CPU seconds a page), the same on either
  // database: by default it runs on the first one only, which keeps the section near 3 minutes.
  const epaperOn = (process.env.BENCH_PLANNING_EPAPER_DATABASES || databases[0] || '')
    .split(',')
    .map((s) => s.trim())
  const strange = epaperOn.filter((db) => db !== 'sqlite' && db !== 'postgres')
  if (strange.length)
    throw new Error(
      `BENCH_PLANNING_EPAPER_DATABASES: unknown database(s) ${strange.join(', ')} (sqlite, postgres)`,
    )
  let ok = true
  for (const kind of databases) {
    const parts = new Set(options.parts)
    if (parts.has('epaper') && !epaperOn.includes(kind)) {
      parts.delete('epaper')
      note(`planning.${kind}: e-paper not run here (BENCH_PLANNING_EPAPER_DATABASES=${epaperOn.join(',')})`)
    }
    ok = (await part(`planning.${kind}`, () => runDatabase(kind, { ...options, parts }))) && ok
  }
  return ok
}

const planning: Section = {
  title: 'planning — as-run import and compliance, rundown reorder, print fit and package, e-paper rasterise',
  run,
}
export default planning
