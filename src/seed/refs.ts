/** Ids of everything seeded so far, looked up by the handles the data files use. */
export type DocId = number
export type IdMap = Map<string, DocId>

export type SeedRefs = {
  agency: DocId
  places: IdMap
  publications: IdMap
  desks: IdMap
  sections: IdMap
  topics: IdMap
  users: IdMap
  images: IdMap
}

/** A missing handle is a typo in the demo data: fail loudly, naming it. */
export function need(map: IdMap, key: string, what: string): DocId {
  const id = map.get(key)
  if (id === undefined)
    throw new Error(`seed: unknown ${what} "${key}" (known: ${[...map.keys()].join(', ')})`)
  return id
}

export function idOf(doc: { id: number | string }): DocId {
  return doc.id as DocId
}
