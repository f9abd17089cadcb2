import type { PayloadRequest } from 'payload'

import { errorResponse } from '../httpErrors'
import { readCapped } from '../requestBody'

/** Room for a form's other fields and the multipart boundaries. */
const FORM_OVERHEAD = 64 * 1024

export type UploadLimit = {
  /** The largest file accepted. */
  maxBytes: number
  /** The 413 answer naming the limit in the importer's own words. */
  tooBig: () => Response
}

export type UploadedForm = {
  fields: Record<string, string>
  file?: { name: string; bytes: Uint8Array }
}

/**
 * A multipart/form-data upload with one `file` and plain fields. Read by hand because Payload's own
 * parser keeps only `_payload` of the fields, and with a cap far below the media upload limit.
 * Nothing past `maxBytes` (plus the form's overhead) is read.
 */
export async function readUploadForm(
  req: PayloadRequest,
  { maxBytes, tooBig }: UploadLimit,
): Promise<UploadedForm | Response> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    return errorResponse(400, 'Hãy gửi tệp dạng multipart/form-data, trong trường "file".')
  const bytes = await readCapped(req, maxBytes + FORM_OVERHEAD, tooBig)
  if (bytes instanceof Response) return bytes
  let form: FormData
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
  } catch {
    return errorResponse(400, 'Dữ liệu multipart/form-data bị hỏng, không đọc được.')
  }
  const fields: Record<string, string> = {}
  let file: UploadedForm['file']
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] = value
    else if (name === 'file') {
      if (file) return errorResponse(400, 'Chỉ gửi một tệp mỗi lần (trường "file").')
      if (value.size > maxBytes) return tooBig()
      file = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) }
    }
  }
  return { fields, file }
}

/** `filename*=UTF-8''…` or `filename="…"` of a Content-Disposition header, if any. */
export function dispositionFileName(header: string | null | undefined): string | undefined {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header ?? '')?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // Badly encoded: fall through to the plain name.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header ?? '')?.[1]?.trim() || undefined
}

export type ImportUpload = { name: string; bytes: Uint8Array; fields: Record<string, string> }

export type ImportUploadOptions = UploadLimit & {
  /** Content types (lower case, no parameters) accepted as the file itself in the body. */
  rawTypes: ReadonlySet<string>
  /** The 415 for any other content type ("" when there was none). */
  wrongType: (type: string) => Response
  /** The file's name when the client gives none. */
  defaultName: (type: string) => string
  /** The 400 message of a form without a `file`. */
  missingFile: string
}

/**
 * An importer's file: a form upload (multipart with `file`, the admin's way) or the file as the
 * request body (machine clients' way), both capped at `maxBytes`. Options are the query string's
 * parameters, overridden by the form's fields; a raw body is named by `?filename=`, its
 * Content-Disposition or the default.
 */
export async function readImportUpload(
  req: PayloadRequest,
  options: ImportUploadOptions,
): Promise<ImportUpload | Response> {
  const query: Record<string, string> = Object.fromEntries(req.searchParams?.entries() ?? [])
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    const form = await readUploadForm(req, options)
    if (form instanceof Response) return form
    if (!form.file) return errorResponse(400, options.missingFile)
    return {
      name: form.file.name || options.defaultName(type),
      bytes: form.file.bytes,
      fields: { ...query, ...form.fields },
    }
  }
  if (!options.rawTypes.has(type)) return options.wrongType(type)
  const bytes = await readCapped(req, options.maxBytes, options.tooBig)
  if (bytes instanceof Response) return bytes
  const name =
    query.filename?.trim() ||
    query.fileName?.trim() ||
    dispositionFileName(req.headers.get('content-disposition')) ||
    options.defaultName(type)
  return { name, bytes, fields: query }
}
