import type { Payload } from 'payload'

import { DEMO_COMMUNES, DEMO_PROVINCE, PROVINCE_ALIASES, PROVINCES } from './content/provinces'
import { idOf, need, type IdMap } from './refs'

/** The 34 provinces with their other names, then the demo province's wards and communes below it. */
export async function seedPlaces(payload: Payload): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const { name, code, formerUnits } of PROVINCES) {
    const doc = await payload.create({
      collection: 'places',
      data: {
        name,
        level: 'province',
        code,
        formerUnits: formerUnits ?? null,
        aliases: [...(PROVINCE_ALIASES[code] ?? [])],
      },
      depth: 0,
    })
    ids.set(name, idOf(doc))
  }
  const parent = need(ids, DEMO_PROVINCE, 'province')
  for (const { name, level, code } of DEMO_COMMUNES) {
    const doc = await payload.create({ collection: 'places', data: { name, level, code, parent }, depth: 0 })
    ids.set(name, idOf(doc))
  }
  return ids
}
