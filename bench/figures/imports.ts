/**
 * The timed imports: the revenue ledger (CSV per year through POST /api/revenue-entries/import)
 * and a year of platform audience exports (CSV per month through POST /api/audience-daily/import,
 * as the raw request body, the way a platform's export job sends it), with the server child's
 * memory while the audience goes in.
 */
import { writeFileSync } from 'node:fs'

import { figure, note } from '../lib/report'
import { mb, procMemory } from '../lib/procStats'
import { median } from '../planning/newsroom'
import type { AudienceFile } from './audienceCsv'
import { call, expectStatus, type Figures } from './newsroom'
import type { RevenueFile } from './revenueCsv'

const csv = (bytes: Buffer) => ({ bytes, contentType: 'text/csv; charset=utf-8' })

export async function measureRevenueImport(
  name: string,
  figures: Figures,
  files: RevenueFile[],
): Promise<boolean> {
  const base = `figures.${name}.revenue.import`
  let rows = 0
  let ms = 0
  for (const file of files) {
    const answer = expectStatus(
      await call(
        figures,
        'POST',
        `/api/revenue-entries/import?filename=${encodeURIComponent(file.name)}`,
        csv(file.bytes),
      ),
      201,
      `revenue import ${file.name}`,
    )
    const created = answer.json<{ created?: number }>().created
    if (created !== file.rows)
      throw new Error(`revenue import ${file.name}: created ${created}, expected ${file.rows}`)
    rows += file.rows
    ms += answer.ms
  }
  figure(`${base}.files`, files.length, 'files')
  figure(`${base}.rows`, rows, 'rows')
  figure(`${base}.ms`, ms, 'ms')
  figure(`${base}.rows_per_s`, rows / (ms / 1000), 'rows/s')
  return true
}

export type AudienceImported = { rows: number; views: number; domesticViews: number; mobileViews: number }

/**
 * VmHWM of the child, reset just before the imports when the kernel lets us (clear_refs 5), so
 * the peak is the imports', not the boot's.
 */
function resetPeak(pid: number | undefined): boolean {
  if (!pid) return false
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

export async function importAudienceFile(figures: Figures, file: AudienceFile, what: string) {
  const answer = expectStatus(
    await call(
      figures,
      'POST',
      `/api/audience-daily/import?fileName=${encodeURIComponent(file.name)}`,
      csv(file.bytes),
    ),
    201,
    what,
  )
  const stored = answer.json<{ rows?: number; totals?: { views?: number } }>()
  if (stored.rows !== file.rows || stored.totals?.views !== file.totals.views)
    throw new Error(
      `${what}: stored ${stored.rows} rows, ${stored.totals?.views} views; the file has ${file.rows} rows, ${file.totals.views} views`,
    )
  return answer
}

export async function measureAudienceImport(
  name: string,
  figures: Figures,
  /** Each file made when its turn comes: a year of exports is ~110 MB, not all kept at once. */
  files: Array<() => AudienceFile>,
): Promise<AudienceImported> {
  const base = `figures.${name}.audience.import`
  const pid = figures.serverPid
  const idle = pid ? procMemory(pid) : undefined
  const reset = resetPeak(pid)
  let peakRss = idle?.rssKb ?? 0
  const sampler = setInterval(() => {
    const now = pid ? procMemory(pid) : undefined
    if (now) peakRss = Math.max(peakRss, now.rssKb)
  }, 100)
  const perFile: number[] = []
  const imported: AudienceImported = { rows: 0, views: 0, domesticViews: 0, mobileViews: 0 }
  let ms = 0
  let bytes = 0
  try {
    for (const make of files) {
      const file = make()
      const answer = await importAudienceFile(figures, file, `audience import ${file.name}`)
      perFile.push(file.rows / (answer.ms / 1000))
      note(
        `  ${file.name}: ${file.rows.toLocaleString('en')} rows, ${(file.bytes.length / 2 ** 20).toFixed(1)} MB in ${(answer.ms / 1000).toFixed(1)} s`,
      )
      ms += answer.ms
      bytes += file.bytes.length
      imported.rows += file.rows
      imported.views += file.totals.views
      imported.mobileViews += file.totals.mobileViews
      imported.domesticViews += file.domesticViews
    }
  } finally {
    clearInterval(sampler)
  }
  figure(`${base}.files`, files.length, 'files')
  figure(`${base}.rows`, imported.rows, 'rows')
  figure(`${base}.bytes`, bytes, 'B')
  figure(`${base}.seconds`, ms / 1000, 's')
  figure(`${base}.rows_per_s`, imported.rows / (ms / 1000), 'rows/s')
  figure(`${base}.file.rows_per_s.p50`, median(perFile), 'rows/s')
  figure(`${base}.bytes_per_s`, bytes / (ms / 1000), 'B/s')
  const after = pid ? procMemory(pid) : undefined
  if (idle && after) {
    const peak = Math.max(peakRss, reset ? after.hwmKb : 0)
    figure(`figures.${name}.server.idle_rss`, mb(idle.rssKb), 'MB')
    figure(`figures.${name}.server.peak_rss_during_audience_import`, mb(peak), 'MB')
    if (!reset) note("  (peak from 100 ms samples: the kernel refused to reset the child's VmHWM)")
  } else note('  server child memory not read (process not found)')
  return imported
}
