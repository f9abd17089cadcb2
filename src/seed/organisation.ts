import type { Payload } from 'payload'

import { AGENCY, DESKS, PUBLICATIONS, SECTIONS, TOPICS } from './content/organisation'
import { DEMO_PROVINCE } from './content/provinces'
import { idOf, need, type DocId, type IdMap } from './refs'

export async function seedAgency(
  payload: Payload,
  places: IdMap,
): Promise<{ agency: DocId; publications: IdMap }> {
  const agency = idOf(
    await payload.create({
      collection: 'agencies',
      data: { ...AGENCY, province: need(places, DEMO_PROVINCE, 'province') },
      depth: 0,
    }),
  )
  const publications: IdMap = new Map()
  for (const { code, name, kind, url } of PUBLICATIONS) {
    const doc = await payload.create({
      collection: 'publications',
      data: { code, name, kind, url, agency, active: true },
      depth: 0,
    })
    publications.set(code, idOf(doc))
  }
  return { agency, publications }
}

/** Desks, sections and topics, named in Vietnamese with an English translation for the admin. */
export async function seedTaxonomy(
  payload: Payload,
  agency: DocId,
): Promise<{ desks: IdMap; sections: IdMap; topics: IdMap }> {
  const desks: IdMap = new Map()
  for (const desk of DESKS) {
    const doc = await payload.create({
      collection: 'desks',
      data: { name: desk.vi, code: desk.code, agency },
      depth: 0,
    })
    desks.set(desk.code, idOf(doc))
    await payload.update({
      collection: 'desks',
      id: idOf(doc),
      locale: 'en',
      data: { name: desk.en },
      depth: 0,
    })
  }
  const sections: IdMap = new Map()
  for (const section of SECTIONS) {
    const desk = need(desks, section.desk, 'desk')
    const doc = await payload.create({
      collection: 'sections',
      data: { name: section.vi, slug: section.slug, desk },
      depth: 0,
    })
    sections.set(section.slug, idOf(doc))
    await payload.update({
      collection: 'sections',
      id: idOf(doc),
      locale: 'en',
      data: { name: section.en },
      depth: 0,
    })
  }
  const topics: IdMap = new Map()
  for (const topic of TOPICS) {
    const doc = await payload.create({
      collection: 'topics',
      data: {
        name: topic.vi,
        slug: topic.slug,
        description: topic.description,
        keywords: topic.keywords.join('\n'),
      },
      depth: 0,
    })
    topics.set(topic.slug, idOf(doc))
    await payload.update({
      collection: 'topics',
      id: idOf(doc),
      locale: 'en',
      data: { name: topic.en },
      depth: 0,
    })
  }
  return { desks, sections, topics }
}
