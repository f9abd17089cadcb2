import type { GazetteerPlace, TaggingContext } from '../../plugins/ai/types'
import { TOPICS } from './content/organisation'
import { DEMO_COMMUNES, DEMO_PROVINCE, PROVINCE_ALIASES, PROVINCES } from './content/provinces'

type SeedPlace = GazetteerPlace & { aliases: readonly string[] }

/**
 * The tagging context the demo database would give, built from the seed data alone with stable
 * ids (a place's id is its official code, a topic's its slug), for tests and the benchmark. The
 * 63 former provinces are not places of their own: they are the `formerUnits` of the province
 * each joined, so their names resolve to it.
 */
export function seedTaggingContext(): TaggingContext {
  const home = PROVINCES.find((p) => p.name === DEMO_PROVINCE)
  if (!home) throw new Error(`seed: the demo province ${DEMO_PROVINCE} is not among the provinces`)
  const provinces: SeedPlace[] = PROVINCES.map(({ name, code, formerUnits }) => ({
    id: code,
    name,
    level: 'province',
    code,
    parentId: null,
    formerUnits: formerUnits ?? null,
    aliases: PROVINCE_ALIASES[code] ?? [],
  }))
  const communes: SeedPlace[] = DEMO_COMMUNES.map(({ name, level, code }) => ({
    id: code,
    name,
    level,
    code,
    parentId: home.code,
    formerUnits: null,
    aliases: [],
  }))
  return {
    places: [...provinces, ...communes],
    topics: TOPICS.map(({ slug, vi, keywords }) => ({ id: slug, name: vi, slug, keywords: [...keywords] })),
    homeProvinceId: home.code,
  }
}
