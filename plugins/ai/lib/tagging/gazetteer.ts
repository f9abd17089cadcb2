import type { GazetteerPlace } from '../../types'
import { STRONG_SURNAMES, SURNAMES } from './lexicon'
import { PhraseIndex } from './phrases'
import { foldWord, normaliseText, tokenize, type Token } from './text'

/**
 * A place as the tagger may receive it: the shared shape plus the `aliases` the places
 * collection keeps (TP.HCM, Sài Gòn). Without them only the names and former units are known.
 */
export type PlaceInput = GazetteerPlace & { aliases?: readonly string[] | null }

export type NameKind = 'official' | 'alias' | 'former'

/** One way of writing a place. */
export type PlaceName = {
  /** What the name resolves to: a former province's name resolves to the province it joined. */
  place: GazetteerPlace
  kind: NameKind
  /** The former province's name as written in `formerUnits` (for "tỉnh Thái Bình cũ"). */
  formerName?: string
  /** May stand without "xã", "tỉnh"… before it ("Lê Lợi" may not: it reads as the man). */
  bareAllowed: boolean
  provinceLevel: boolean
}

/**
 * What the words before a name ask for. `district` is a pre-2025 district ("huyện Vũ Thư"),
 * read as the commune that now carries its name; `city` is "thành phố"/"TP.".
 */
export type Want = 'province' | 'commune' | 'ward' | 'specialZone' | 'district' | 'city' | 'bare'

export type Pick = { name: PlaceName; levelMismatch: boolean }

export type Gazetteer = {
  readonly names: PhraseIndex<PlaceName>
  readonly home?: GazetteerPlace
  byId(id: number | string): GazetteerPlace | undefined
  provinceOf(place: GazetteerPlace): GazetteerPlace | undefined
  /** Chooses among the places a name may mean, given what the text says about it. */
  pick(
    candidates: readonly PlaceName[],
    want: Want,
    hint?: GazetteerPlace,
    homeOnly?: boolean,
  ): Pick | undefined
  /**
   * The place a name stands for ("Xã Khoái Châu", "Khoái Châu, Hưng Yên", "tỉnh Thái Bình (cũ)",
   * "TP.HCM"), or undefined when unknown or ambiguous. Meant for names a model returns, so a name
   * that would need a prefix in running text ("Hồ Chí Minh") is accepted here.
   */
  resolve(name: string): GazetteerPlace | undefined
}

const LEVEL_PREFIX = /^(thành phố|tp\.?|tỉnh|xã|phường|đặc khu|thị xã|thị trấn|huyện|quận)\s+/iu
const FORMER_SUFFIX = /\s*(\(\s*cũ\s*\)|cũ)\s*$/iu
/** A note in brackets after a name, as in the tagger's own labels ("Hưng Yên (tỉnh Thái Bình cũ)"). */
const NOTE_SUFFIX = /\s*\([^()]*\)\s*$/u

export const PREFIX_WANT: Readonly<Record<string, Want>> = {
  'thanh pho': 'city',
  tp: 'city',
  'tp.': 'city',
  tinh: 'province',
  xa: 'commune',
  phuong: 'ward',
  'dac khu': 'specialZone',
  'thi xa': 'district',
  'thi tran': 'district',
  huyen: 'district',
  quan: 'district',
}

/** "Xã Khoái Châu" → "Khoái Châu" with the level word it had. */
export function splitLevelPrefix(name: string): { core: string; prefix?: string } {
  const match = LEVEL_PREFIX.exec(name)
  if (!match) return { core: name.trim() }
  return { core: name.slice(match[0].length).trim(), prefix: foldWord(match[1]!) }
}

function personLike(tokens: readonly Token[]): boolean {
  const first = tokens[0]
  if (!first || tokens.length < 2 || !SURNAMES.has(first.tone)) return false
  return tokens.length >= 3 || STRONG_SURNAMES.has(first.tone)
}

function isProvince(place: GazetteerPlace): boolean {
  return place.level === 'province'
}

export function buildGazetteer(
  places: readonly PlaceInput[],
  homeProvinceId?: number | string | null,
): Gazetteer {
  const names = new PhraseIndex<PlaceName>()
  const byId = new Map<string, GazetteerPlace>()
  for (const place of places) byId.set(String(place.id), place)
  const seen = new Set<string>()

  const add = (place: GazetteerPlace, written: string, kind: NameKind, formerName?: string): void => {
    const { core, prefix } = splitLevelPrefix(normaliseText(written).replace(FORMER_SUFFIX, ''))
    const tokens = tokenize([core])
    const key = `${place.id}|${tokens.map((t) => t.tone).join(' ')}`
    if (tokens.length === 0 || seen.has(key)) return
    seen.add(key)
    const provinceLevel = isProvince(place)
    // A province is known by its bare name ("Hà Nội"), unless its official name needs the
    // prefix to stop reading as a person ("Thành phố Hồ Chí Minh").
    const bareAllowed = provinceLevel ? !(prefix && personLike(tokens)) : !personLike(tokens)
    names.add(core, { place, kind, formerName, bareAllowed, provinceLevel })
  }

  for (const place of places as readonly PlaceInput[]) {
    add(place, place.name, 'official')
    for (const alias of place.aliases ?? []) if (alias.trim()) add(place, alias, 'alias')
    if (!isProvince(place) || !place.formerUnits) continue
    const own = foldWord(splitLevelPrefix(place.name).core)
    for (const unit of place.formerUnits.split(',').map((u) => u.trim())) {
      if (!unit) continue
      const core = splitLevelPrefix(unit).core
      add(place, unit, foldWord(core) === own ? 'official' : 'former', core)
    }
  }

  const home = homeProvinceId != null ? byId.get(String(homeProvinceId)) : undefined
  const provinceOf = (place: GazetteerPlace): GazetteerPlace | undefined =>
    isProvince(place) ? place : place.parentId != null ? byId.get(String(place.parentId)) : undefined

  const pick = (
    candidates: readonly PlaceName[],
    want: Want,
    hint?: GazetteerPlace,
    homeOnly = false,
  ): Pick | undefined => {
    const provinces = candidates.filter((c) => c.provinceLevel)
    const subs = candidates.filter((c) => !c.provinceLevel)
    const bestProvince = (list: readonly PlaceName[]): PlaceName | undefined =>
      list.find((c) => c.kind !== 'former') ?? list[0]
    const bestSub = (list: readonly PlaceName[]): PlaceName | undefined => {
      const inHint = hint ? list.filter((c) => provinceOf(c.place)?.id === hint.id) : list
      if (hint) return inHint.length === 1 ? inHint[0] : undefined
      const inHome = home ? list.filter((c) => c.place.parentId === home.id) : []
      if (inHome.length === 1) return inHome[0]
      if (homeOnly || inHome.length > 1) return undefined
      return list.length === 1 ? list[0] : undefined
    }
    const ok = (name: PlaceName | undefined, levelMismatch = false): Pick | undefined =>
      name ? { name, levelMismatch } : undefined
    switch (want) {
      case 'province':
        return ok(bestProvince(provinces))
      case 'commune':
      case 'ward':
      case 'specialZone': {
        const exact = bestSub(subs.filter((c) => c.place.level === want))
        return exact ? ok(exact) : ok(bestSub(subs), true)
      }
      case 'district':
        return ok(bestSub(subs))
      case 'city': {
        const current = provinces.filter((c) => c.kind !== 'former')
        if (current.length > 0) return ok(current[0])
        // "thành phố Thái Bình": the former provincial city, now the ward that carries its name.
        return ok(bestSub(subs.filter((c) => c.place.level === 'ward'))) ?? ok(bestProvince(provinces))
      }
      case 'bare': {
        const province = bestProvince(provinces.filter((c) => c.bareAllowed))
        if (province) return ok(province)
        return ok(bestSub(subs.filter((c) => c.bareAllowed)))
      }
    }
  }

  const resolve = (name: string): GazetteerPlace | undefined => {
    const [main = '', ...rest] = normaliseText(name).split(/\s*,\s*/)
    const { core, prefix } = splitLevelPrefix(main.replace(FORMER_SUFFIX, '').replace(NOTE_SUFFIX, ''))
    const candidates = names.matchWhole(tokenize([core])).map((m) => m.value)
    if (candidates.length === 0) return undefined
    const hintName = rest.map((part) => resolve(part)).find((p) => p && isProvince(p))
    const want = (prefix && PREFIX_WANT[prefix]) || 'bare'
    // A model's answer is already a place: names that need a prefix in running text pass here.
    const relaxed = candidates.map((c) => ({ ...c, bareAllowed: true }))
    return pick(relaxed, want, hintName)?.name.place
  }

  return {
    names,
    home,
    byId: (id) => byId.get(String(id)),
    provinceOf,
    pick,
    resolve,
  }
}
