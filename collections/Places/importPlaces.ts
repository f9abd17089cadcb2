/**
 * Loads the national list of wards, communes and special zones (format in
 * docs/places-import.md) into the places collection. Records are matched by official code: new
 * codes are created, known ones updated when their name, level or province changed. Every line is
 * checked first and the writes run in one transaction, so the collection ends up either fully
 * imported or untouched.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { parsePlacesCsv, type PlaceCsvError, type PlaceCsvRow } from '../../src/lib/placesCsv'
import type { Place } from '../../src/payload-types'

export type ImportCounts = { created: number; updated: number; unchanged: number }

export type ImportResult =
  | { ok: true; rows: number; counts: ImportCounts }
  | { ok: false; errors: PlaceCsvError[] }

type Id = Place['id']
type Existing = { id: Id; name: string; level: string; parent: Id | null }

async function provincesOf(payload: Payload): Promise<Map<string, { id: Id; name: string }>> {
  const { docs } = await payload.find({
    collection: 'places',
    where: { level: { equals: 'province' } },
    pagination: false,
    depth: 0,
  })
  return new Map(docs.filter((d) => d.code).map((d) => [d.code as string, { id: d.id, name: d.name }]))
}

async function existingByCode(payload: Payload): Promise<Map<string, Existing>> {
  const { docs } = await payload.find({
    collection: 'places',
    where: { level: { not_equals: 'province' } },
    pagination: false,
    depth: 0,
  })
  const byCode = new Map<string, Existing>()
  for (const doc of docs) {
    if (!doc.code) continue
    const parent =
      typeof doc.parent === 'object' && doc.parent !== null ? doc.parent.id : (doc.parent ?? null)
    byCode.set(doc.code, { id: doc.id, name: doc.name, level: doc.level, parent })
  }
  return byCode
}

async function write(
  payload: Payload,
  rows: readonly PlaceCsvRow[],
  provinces: Map<string, { id: Id }>,
  existing: Map<string, Existing>,
  dryRun: boolean,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 }
  const req = await createLocalReq({}, payload)
  if (!dryRun) await initTransaction(req)
  try {
    for (const row of rows) {
      const parent = provinces.get(row.provinceCode)!.id
      const data = { name: row.name, level: row.level, parent }
      const known = existing.get(row.code)
      if (!known) {
        counts.created++
        if (!dryRun)
          await payload.create({ collection: 'places', data: { ...data, code: row.code }, req, depth: 0 })
      } else if (
        known.name !== row.name ||
        known.level !== row.level ||
        String(known.parent) !== String(parent)
      ) {
        counts.updated++
        if (!dryRun) await payload.update({ collection: 'places', id: known.id, data, req, depth: 0 })
      } else {
        counts.unchanged++
      }
    }
    if (!dryRun) await commitTransaction(req)
  } catch (error) {
    if (!dryRun) await killTransaction(req)
    throw error
  }
  return counts
}

/** Checks the whole file, then writes it in one transaction (nothing with `dryRun`). */
export async function importPlaces(
  payload: Payload,
  bytes: Uint8Array,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const provinces = await provincesOf(payload)
  if (provinces.size !== 34) {
    return {
      ok: false,
      errors: [
        {
          line: 0,
          message: `Cơ sở dữ liệu có ${provinces.size} tỉnh, thành phố có mã; cần đủ 34 (chạy npm run seed trước).`,
        },
      ],
    }
  }
  const known = [...provinces].map(([code, { name }]) => ({ code, name }))
  const { rows, errors } = parsePlacesCsv(bytes, known)
  if (errors.length > 0) return { ok: false, errors }
  const counts = await write(payload, rows, provinces, await existingByCode(payload), dryRun)
  return { ok: true, rows: rows.length, counts }
}
