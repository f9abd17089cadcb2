import type { Payload } from 'payload'
import sharp from 'sharp'

import { IMAGES } from './content/images'
import { idOf, type IdMap } from './refs'
import { renderScene } from './svgScene'

const DAY_MS = 86_400_000

/**
 * Illustrations drawn as SVG and encoded to JPEG locally (no downloads), then uploaded through
 * the media collection so they get the same renditions and checks as a newsroom upload.
 */
export async function seedImages(payload: Payload, now: Date): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const image of IMAGES) {
    const svg = renderScene(image.key, image.motif, image.palette, image.label)
    const data = await sharp(Buffer.from(svg)).jpeg({ quality: 85, mozjpeg: false }).toBuffer()
    const rightsExpiry =
      image.rightsExpiryInDays === undefined
        ? null
        : new Date(now.getTime() + image.rightsExpiryInDays * DAY_MS).toISOString()
    const doc = await payload.create({
      collection: 'media',
      data: {
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
        rights: image.rights,
        rightsExpiry,
        ...(image.focal ? { focalX: image.focal.x, focalY: image.focal.y } : {}),
      },
      file: { data, mimetype: 'image/jpeg', name: image.filename, size: data.length },
      depth: 0,
    })
    await payload.update({
      collection: 'media',
      id: idOf(doc),
      locale: 'en',
      data: { alt: image.altEn },
      depth: 0,
    })
    ids.set(image.key, idOf(doc))
  }
  return ids
}
