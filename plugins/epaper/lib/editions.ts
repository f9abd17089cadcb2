import type { Payload, PayloadRequest } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import type { MediaStorage } from '../../media/types'
import { EDITIONS_SLUG, type EditionDoc, type EditionEpaper } from '../types'

/** Writes by the e-paper itself: its own hooks let them through, the audit skips the worker's noise. */
export const SYSTEM_CONTEXT = { epaperSystemWrite: true }

export function storageOf(payload: Payload): MediaStorage {
  const storage = (payload.config.custom as { mediaStorage?: MediaStorage } | undefined)?.mediaStorage
  if (!storage) throw new Error('The e-paper needs the media plugin (config.custom.mediaStorage).')
  return storage
}

export async function loadEdition(
  payload: Payload,
  id: number | string,
  req?: PayloadRequest,
): Promise<EditionDoc | undefined> {
  const doc = await payload
    .findByID({
      collection: EDITIONS_SLUG as never,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      ...(req ? { req } : {}),
    })
    .catch(() => null)
  return (doc as EditionDoc | null) ?? undefined
}

/**
 * Sets some of the edition's `epaper` sub-fields; Payload keeps the others as they are stored at
 * the moment of the write, so a job finishing never puts back a generation an upload just raised.
 */
export async function writeEditionEpaper(
  payload: Payload,
  id: number | string,
  epaper: Partial<EditionEpaper>,
  req?: PayloadRequest,
): Promise<void> {
  const write = () =>
    payload.update({
      collection: EDITIONS_SLUG as never,
      id,
      data: { epaper } as never,
      depth: 0,
      overrideAccess: true,
      context: SYSTEM_CONTEXT,
      ...(req ? { req } : {}),
    })
  if (req) await keepContext(req, write)
  else await write()
}

/**
 * Whether a newer upload made this job's work pointless: a newer whole-edition PDF replaces every
 * earlier upload; a newer single page only its own page (checked when that page is written).
 */
export function superseded(
  epaper: EditionEpaper | null | undefined,
  job: { generation: number; page?: number },
): boolean {
  const full = epaper?.fullGeneration ?? 0
  return job.page ? full > job.generation : full !== job.generation
}
