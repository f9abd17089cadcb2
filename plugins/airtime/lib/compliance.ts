/**
 * Airtime compliance of one channel's broadcast day (pure): coverage of the 24 hours, the shares
 * of domestic, new self-produced and foreign content, and Vietnamese films among films. Works in
 * whole seconds; shares are compared exactly (seconds × 100 against threshold × seconds) and the
 * percentage is only rounded by whoever displays it.
 */
import { RULE_IDS, RULES, thresholdOn, type Comparison, type RuleId } from './rules'
import { coverageOf, segmentsOf, type ComplianceItem, type Gap, type Overlap, type Segment } from './segments'
import { DAY_SECONDS } from './time'
import type { Bilingual } from './vocabulary'

export type { ComplianceItem, Gap, Overlap, Segment } from './segments'

export type ComplianceSettings = {
  /** Advertising counts in the airtime denominator (and its origin in the shares). */
  adsInDenominator: boolean
  /** A self-produced rerun counts as newly self-produced. */
  rerunCountsAsNew: boolean
  /** The broadcast day ("YYYY-MM-DD"): picks the thresholds in force; the latest ones without it. */
  date?: string
}

export type RuleResult = {
  rule: RuleId
  label: Bilingual
  measure: Bilingual
  comparison: Comparison
  /** Percent; null when the rule was not yet in force on the day. */
  threshold: number | null
  /** False when there is nothing to judge (no films, rule not in force): never a violation. */
  applicable: boolean
  numeratorSeconds: number
  denominatorSeconds: number
  /** Exact share in percent; null when the denominator is zero. */
  percent: number | null
  ok: boolean
  /** The items that push the share the wrong way (longest first), when the rule is broken. */
  violatingItems: Segment[]
  source: { document: string; text: string }
  gaps?: Gap[]
  overlaps?: Overlap[]
}

export type ComplianceTotals = {
  /** Everything on air within the day, advertising included. */
  airtimeSeconds: number
  adsSeconds: number
  /** The shares' denominator: airtime, without advertising unless it counts. */
  denominatorSeconds: number
  domesticSeconds: number
  newSelfProducedSeconds: number
  foreignSeconds: number
  filmSeconds: number
  vietnameseFilmSeconds: number
}

export type ComplianceReport = {
  date?: string
  settings: { adsInDenominator: boolean; rerunCountsAsNew: boolean }
  ok: boolean
  /** The rules broken, in the order of `rules`. */
  violations: RuleId[]
  totals: ComplianceTotals
  rules: RuleResult[]
  /** The day's items clipped to [00:00, 24:00), in order (for the timeline). */
  segments: Segment[]
}

const sum = (segments: readonly Segment[]) => segments.reduce((total, s) => total + s.seconds, 0)
const longestFirst = (segments: readonly Segment[]) =>
  [...segments].sort((a, b) => b.seconds - a.seconds || a.from - b.from)
const isDomestic = (s: Segment) => s.origin === 'self' || s.origin === 'domestic'

function judge(
  rule: RuleId,
  date: string | undefined,
  numerator: number,
  denominator: number,
  offenders: readonly Segment[],
  { emptyIsOk }: { emptyIsOk: boolean },
): RuleResult {
  const { label, measure, comparison, source } = RULES[rule]
  const threshold = thresholdOn(rule, date)
  const percent = denominator > 0 ? (numerator * 100) / denominator : null
  const applicable = threshold !== undefined && (denominator > 0 || !emptyIsOk)
  let ok = true
  if (applicable) {
    if (denominator === 0) ok = comparison === 'max'
    else if (comparison === 'min') ok = numerator * 100 >= threshold * denominator
    else ok = numerator * 100 <= threshold * denominator
  }
  return {
    rule,
    label,
    measure,
    comparison,
    threshold: threshold ?? null,
    applicable,
    numeratorSeconds: numerator,
    denominatorSeconds: denominator,
    percent,
    ok,
    violatingItems: ok ? [] : longestFirst(offenders),
    source,
  }
}

function coverageRule(segments: readonly Segment[], date: string | undefined): RuleResult {
  const { gaps, overlaps } = coverageOf(segments)
  const covered = DAY_SECONDS - gaps.reduce((total, gap) => total + gap.seconds, 0)
  const result = judge('coverage', date, covered, DAY_SECONDS, [], { emptyIsOk: false })
  const ok = gaps.length === 0 && overlaps.length === 0
  const offenders = new Map<string, Segment>()
  for (const gap of gaps) {
    for (const side of [gap.before, gap.after]) if (side) offenders.set(String(side.id), side)
  }
  for (const overlap of overlaps) for (const item of overlap.items) offenders.set(String(item.id), item)
  const violatingItems = ok ? [] : [...offenders.values()].sort((a, b) => a.from - b.from)
  return { ...result, ok, violatingItems, gaps, overlaps }
}

/** The day's compliance with every rule, from its items (see ComplianceItem for the time base). */
export function complianceForDay(
  items: readonly ComplianceItem[],
  settings: ComplianceSettings,
): ComplianceReport {
  const { adsInDenominator, rerunCountsAsNew, date } = settings
  const segments = segmentsOf(items)
  const ads = segments.filter((s) => s.genre === 'ads')
  const counted = adsInDenominator ? segments : segments.filter((s) => s.genre !== 'ads')
  const domestic = counted.filter(isDomestic)
  const foreign = counted.filter((s) => s.origin === 'foreign')
  const isNew = (s: Segment) => s.origin === 'self' && (!s.rerun || rerunCountsAsNew)
  const newSelf = domestic.filter(isNew)
  const films = segments.filter((s) => s.genre === 'film')
  const vietnameseFilms = films.filter(isDomestic)

  const rules: RuleResult[] = [
    coverageRule(segments, date),
    judge('domestic', date, sum(domestic), sum(counted), foreign, { emptyIsOk: false }),
    judge(
      'newSelfProduced',
      date,
      sum(newSelf),
      sum(domestic),
      domestic.filter((s) => !isNew(s)),
      { emptyIsOk: false },
    ),
    judge('foreign', date, sum(foreign), sum(counted), foreign, { emptyIsOk: false }),
    judge(
      'vietnameseFilm',
      date,
      sum(vietnameseFilms),
      sum(films),
      films.filter((s) => !isDomestic(s)),
      { emptyIsOk: true },
    ),
  ]
  const violations = RULE_IDS.filter((id) => rules.some((r) => r.rule === id && !r.ok))
  return {
    date,
    settings: { adsInDenominator, rerunCountsAsNew },
    ok: violations.length === 0,
    violations,
    totals: {
      airtimeSeconds: sum(segments),
      adsSeconds: sum(ads),
      denominatorSeconds: sum(counted),
      domesticSeconds: sum(domestic),
      newSelfProducedSeconds: sum(newSelf),
      foreignSeconds: sum(foreign),
      filmSeconds: sum(films),
      vietnameseFilmSeconds: sum(vietnameseFilms),
    },
    rules,
    segments,
  }
}
