import type { TestNewsroom } from './newsroom'
import { auth } from './newsroom'

/** POST /api/media as a multipart form, the way the admin and API clients upload. */
export function uploadMedia(
  newsroom: TestNewsroom,
  file: Buffer | string,
  filename: string,
  data: Record<string, unknown> = {},
  contentType = 'image/jpeg',
  token = newsroom.users.reporter.token,
) {
  return newsroom
    .http()
    .post('/api/media')
    .set(auth(token))
    .field('_payload', JSON.stringify({ alt: 'Tư liệu thử nghiệm', ...data }))
    .attach('file', file, { filename, contentType })
}

/** The path part of an absolute URL the API handed out, to request it through supertest. */
export const pathOf = (url: string) => {
  const parsed = new URL(url, 'http://localhost')
  return parsed.pathname + parsed.search
}

type Rendition = { name: string; url: string; mimeType: string; width?: number; height?: number }

export function rendition(doc: { renditions?: Rendition[] }, name: string): Rendition {
  const found = doc.renditions?.find((r) => r.name === name)
  if (!found)
    throw new Error(`no rendition "${name}" in ${JSON.stringify(doc.renditions?.map((r) => r.name))}`)
  return found
}

export async function fetchBytes(newsroom: TestNewsroom, url: string, headers: Record<string, string> = {}) {
  const response = await newsroom
    .http()
    .get(pathOf(url))
    .set(headers)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => callback(null, Buffer.concat(chunks)))
    })
  return { status: response.status, headers: response.headers, body: response.body as Buffer }
}
