import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createLocalReq, type Payload } from 'payload'

import { acceptEpaperPdf, PdfRefusal } from '../../plugins/epaper/lib/acceptPdf'
import { loadEdition } from '../../plugins/epaper/lib/editions'

/**
 * The printed PDF of the demo edition, made by scripts/make-demo-epaper.ts and committed, so the
 * seed needs neither pdf-lib nor a network: four pages holding the stories the print seed places.
 */
export const DEMO_EPAPER_PDF = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'assets/demo-epaper.pdf',
)

/** The demo reader for EPAPER_ACCESS=subscribers (README, docs/epaper.md). Public: demo only. */
export const DEMO_SUBSCRIBER = {
  email: 'docgia@toasoan.demo',
  password: 'ToaSoan@2026!DocGia',
  name: 'Lê Thu Hà (bạn đọc demo)',
}

/**
 * Tomorrow's edition as an e-paper: the sample PDF goes in through the upload endpoint's own code
 * (checked with pdfinfo, stored, edition marked processing, rasterise job queued in one
 * transaction). The worker then draws the pages and proposes the zones; the job publishes the
 * edition in the reader once its pages are ready, as the publish endpoint allows only then.
 * Also one subscriber whose subscription runs for a year.
 */
export async function seedEpaper(
  payload: Payload,
  { editionId, now }: { editionId: number | string; now: Date },
): Promise<{ generation?: number }> {
  const validUntil = new Date(now)
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + 1)
  await payload.create({
    collection: 'subscribers',
    data: { ...DEMO_SUBSCRIBER, validUntil: validUntil.toISOString(), active: true },
    depth: 0,
    overrideAccess: true,
  })

  const edition = await loadEdition(payload, editionId)
  if (!edition) throw new Error(`seed: edition ${editionId} is missing; the print step must run first`)
  const req = await createLocalReq({}, payload)
  try {
    const { generation } = await acceptEpaperPdf(req, edition, {
      file: DEMO_EPAPER_PDF,
      name: path.basename(DEMO_EPAPER_PDF),
      publishWhenReady: true,
    })
    return { generation }
  } catch (error) {
    // Without poppler (pdfinfo) the rest of the demo still works; the upload can be redone later.
    if (error instanceof PdfRefusal && error.status === 503) {
      payload.logger.warn(`seed: no e-paper for the demo edition (${error.message})`)
      return {}
    }
    throw error
  }
}
