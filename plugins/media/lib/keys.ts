/** Renditions live beside the originals, one folder per asset, so deleting an asset is one prefix. */
export function renditionPrefix(mediaId: number | string): string {
  return `renditions/${mediaId}/`
}

export function renditionKey(mediaId: number | string, name: string, extension: string): string {
  return `${renditionPrefix(mediaId)}${name}.${extension}`
}

export function originalKey(doc: { filename?: string | null; prefix?: string | null }): string {
  if (!doc.filename) throw new Error('Tư liệu không có tệp gốc.')
  return doc.prefix ? `${doc.prefix.replace(/\/+$/, '')}/${doc.filename}` : doc.filename
}

export function renditionPath(mediaId: number | string, name: string): string {
  return `/api/media/${mediaId}/renditions/${encodeURIComponent(name)}`
}
