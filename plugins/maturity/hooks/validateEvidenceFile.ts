import type { CollectionBeforeOperationHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { safeFilename } from '../../media/lib/sniff'
import { EvidenceRejected, inspectEvidence } from '../lib/evidenceFile'

/**
 * Checks an evidence upload before Payload stores it: its real type from its bytes (PDF, image,
 * DOCX/XLSX/ODT/ODS) agreeing with its name and declared type, whole (not truncated), not over
 * the size limit (413). Reads only what each check needs from the temporary file.
 */
export const validateEvidenceFile =
  (maxBytes: number): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const onDisk = Boolean(file.tempFilePath) && !file.data?.length
    try {
      const inspected = await inspectEvidence({
        ...(onDisk ? { path: file.tempFilePath } : { data: file.data }),
        size: file.size ?? file.data?.length ?? 0,
        filename: file.name,
        declaredMimeType: file.mimetype,
        maxBytes,
      })
      file.mimetype = inspected.mimeType
    } catch (error) {
      if (error instanceof EvidenceRejected) throw httpError(error.status, error.message)
      throw error
    }
    file.name = safeFilename(file.name)
    return args
  }
