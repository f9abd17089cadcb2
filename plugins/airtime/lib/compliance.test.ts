import { describe, expect, it } from '@jest/globals'

import { complianceForDay, type ComplianceItem, type RuleResult } from './compliance'
import type { Genre, Origin } from './vocabulary'

const at = (clock: string) => {
  const [h, m, s] = clock.split(':').map(Number) as [number, number, number?]
  return h * 3600 + m * 60 + (s ?? 0)
}

let nextId = 1
const item = (
  start: string,
  end: string,
  title: string,
  genre: Genre,
  origin: Origin,
  rerun = false,
): ComplianceItem => ({
  id: nextId++,
  title,
  startSeconds: at(start),
  durationSeconds: at(end) - at(start),
  genre,
  origin,
  rerun,
})

/**
 * A broadcast day worked out by hand (24 h = 86 400 s):
 *   foreign        5 h film + 2 h 12 m documentary           = 7 h 12 m = 25 920 s
 *   advertising    4 × 30 m (domestic)                        = 2 h      =  7 200 s
 *   self, new      3 × 1 h news + 1 h current affairs         = 4 h      = 14 400 s
 *   self, rerun    1 h morning exercise + 1 h late news       = 2 h      =  7 200 s
 *   domestic       1 h Vietnamese film + 4 h 30 m + 3 h 18 m  = 8 h 48 m = 31 680 s
 * Non-advertising domestic = 14 400 + 7 200 + 31 680 = 53 280 s (14 h 48 m).
 */
const DAY: ComplianceItem[] = [
  item('00:00:00', '05:00:00', 'Phim truyện nước ngoài: Bão tuyết', 'film', 'foreign'),
  item('05:00:00', '06:00:00', 'Thể dục buổi sáng (phát lại)', 'education', 'self', true),
  item('06:00:00', '07:00:00', 'Thời sự sáng', 'news', 'self'),
  item('07:00:00', '07:30:00', 'Quảng cáo', 'ads', 'domestic'),
  item('07:30:00', '12:00:00', 'Ca nhạc theo yêu cầu', 'music', 'domestic'),
  item('12:00:00', '13:00:00', 'Thời sự trưa', 'news', 'self'),
  item('13:00:00', '14:00:00', 'Phim Việt Nam: Mùa lúa chín', 'film', 'domestic'),
  item('14:00:00', '16:12:00', 'Khám phá thế giới', 'documentary', 'foreign'),
  item('16:12:00', '16:42:00', 'Quảng cáo', 'ads', 'domestic'),
  item('16:42:00', '20:00:00', 'Trò chơi truyền hình', 'entertainment', 'domestic'),
  item('20:00:00', '21:00:00', 'Thời sự tối', 'news', 'self'),
  item('21:00:00', '21:30:00', 'Quảng cáo', 'ads', 'domestic'),
  item('21:30:00', '22:30:00', 'Chuyên đề: Nông thôn mới', 'current', 'self'),
  item('22:30:00', '23:00:00', 'Quảng cáo', 'ads', 'domestic'),
  item('23:00:00', '24:00:00', 'Thời sự tối (phát lại)', 'news', 'self', true),
]

const rule = (rules: RuleResult[], id: RuleResult['rule']) => rules.find((r) => r.rule === id)!
const titles = (r: RuleResult) => r.violatingItems.map((s) => s.title)

describe('complianceForDay on a hand-checked day', () => {
  it('without advertising in the denominator and reruns not new (the defaults)', () => {
    const report = complianceForDay(DAY, {
      adsInDenominator: false,
      rerunCountsAsNew: false,
      date: '2026-03-02',
    })
    expect(report.totals).toEqual({
      airtimeSeconds: 86_400,
      adsSeconds: 7_200,
      denominatorSeconds: 79_200, // 22 h
      domesticSeconds: 53_280,
      newSelfProducedSeconds: 14_400,
      foreignSeconds: 25_920,
      filmSeconds: 21_600,
      vietnameseFilmSeconds: 3_600,
    })
    const coverage = rule(report.rules, 'coverage')
    expect(coverage).toMatchObject({ ok: true, percent: 100, gaps: [], overlaps: [] })

    // 53 280 / 79 200 = 67.27 % < 70 %: the foreign items are to blame.
    const domestic = rule(report.rules, 'domestic')
    expect(domestic).toMatchObject({ ok: false, numeratorSeconds: 53_280, denominatorSeconds: 79_200 })
    expect(domestic.percent).toBeCloseTo(67.2727, 4)
    expect(titles(domestic)).toEqual(['Phim truyện nước ngoài: Bão tuyết', 'Khám phá thế giới'])

    // 14 400 / 53 280 = 27.03 % < 30 %: the reruns and the acquired domestic items hold it down.
    const fresh = rule(report.rules, 'newSelfProduced')
    expect(fresh).toMatchObject({ ok: false, numeratorSeconds: 14_400, denominatorSeconds: 53_280 })
    expect(fresh.percent).toBeCloseTo(27.027, 3)
    expect(titles(fresh)).toEqual([
      'Ca nhạc theo yêu cầu',
      'Trò chơi truyền hình',
      'Thể dục buổi sáng (phát lại)',
      'Phim Việt Nam: Mùa lúa chín',
      'Thời sự tối (phát lại)',
    ])

    // 25 920 / 79 200 = 32.73 % > 30 %.
    const foreign = rule(report.rules, 'foreign')
    expect(foreign).toMatchObject({ ok: false, numeratorSeconds: 25_920, denominatorSeconds: 79_200 })
    expect(foreign.percent).toBeCloseTo(32.7273, 4)

    // 3 600 / 21 600 = 16.67 % < 20 % (in force from 2026): the foreign film.
    const film = rule(report.rules, 'vietnameseFilm')
    expect(film).toMatchObject({
      ok: false,
      threshold: 20,
      numeratorSeconds: 3_600,
      denominatorSeconds: 21_600,
    })
    expect(film.percent).toBeCloseTo(16.6667, 4)
    expect(titles(film)).toEqual(['Phim truyện nước ngoài: Bão tuyết'])

    expect(report.ok).toBe(false)
    expect(report.violations).toEqual(['domestic', 'newSelfProduced', 'foreign', 'vietnameseFilm'])
  })

  it('with advertising in the denominator and reruns counted as new', () => {
    const report = complianceForDay(DAY, {
      adsInDenominator: true,
      rerunCountsAsNew: true,
      date: '2026-03-02',
    })
    // 60 480 / 86 400 = 70.0 % exactly: meets "at least 70 %".
    expect(rule(report.rules, 'domestic')).toMatchObject({
      ok: true,
      numeratorSeconds: 60_480,
      denominatorSeconds: 86_400,
      percent: 70,
      violatingItems: [],
    })
    // (14 400 + 7 200) / 60 480 = 35.71 %.
    const fresh = rule(report.rules, 'newSelfProduced')
    expect(fresh).toMatchObject({ ok: true, numeratorSeconds: 21_600, denominatorSeconds: 60_480 })
    expect(fresh.percent).toBeCloseTo(35.7143, 4)
    // 25 920 / 86 400 = 30.0 % exactly: meets "at most 30 %".
    expect(rule(report.rules, 'foreign')).toMatchObject({ ok: true, percent: 30 })
    expect(report.violations).toEqual(['vietnameseFilm'])
  })

  it('each setting on its own', () => {
    const adsOnly = complianceForDay(DAY, { adsInDenominator: true, rerunCountsAsNew: false })
    // 14 400 / 60 480 = 23.81 %: the advertising now sits in the domestic denominator.
    expect(rule(adsOnly.rules, 'newSelfProduced').percent).toBeCloseTo(23.8095, 4)
    expect(adsOnly.violations).toEqual(['newSelfProduced', 'vietnameseFilm'])
    const rerunsOnly = complianceForDay(DAY, { adsInDenominator: false, rerunCountsAsNew: true })
    // 21 600 / 53 280 = 40.54 %.
    expect(rule(rerunsOnly.rules, 'newSelfProduced').percent).toBeCloseTo(40.5405, 4)
    expect(rerunsOnly.violations).toEqual(['domestic', 'foreign', 'vietnameseFilm'])
  })

  it('judges films by the threshold in force on the day (15 % until the end of 2025)', () => {
    const settings = { adsInDenominator: false, rerunCountsAsNew: false }
    expect(
      rule(complianceForDay(DAY, { ...settings, date: '2025-12-31' }).rules, 'vietnameseFilm'),
    ).toMatchObject({ ok: true, threshold: 15 })
    expect(
      rule(complianceForDay(DAY, { ...settings, date: '2022-06-01' }).rules, 'vietnameseFilm'),
    ).toMatchObject({ ok: true, applicable: false, threshold: null })
  })

  it('a day without films has no film violation', () => {
    const noFilms = DAY.filter((i) => i.genre !== 'film')
    const film = rule(
      complianceForDay(noFilms, { adsInDenominator: false, rerunCountsAsNew: false }).rules,
      'vietnameseFilm',
    )
    expect(film).toMatchObject({ ok: true, applicable: false, percent: null, denominatorSeconds: 0 })
  })
})

describe('coverage of the 24 hours', () => {
  const settings = { adsInDenominator: false, rerunCountsAsNew: false }

  it('finds gaps with the items on either side, at the start, middle and end of the day', () => {
    const a = item('00:10:00', '06:00:00', 'A', 'news', 'self')
    const b = item('06:00:00', '12:00:00', 'B', 'news', 'self')
    const c = item('12:30:00', '23:59:00', 'C', 'news', 'self')
    const coverage = rule(complianceForDay([c, a, b], settings).rules, 'coverage')
    expect(coverage.ok).toBe(false)
    expect(coverage.numeratorSeconds).toBe(86_400 - 600 - 1_800 - 60)
    expect(
      coverage.gaps!.map((g) => [g.from, g.to, g.before?.title ?? null, g.after?.title ?? null]),
    ).toEqual([
      [0, 600, null, 'A'],
      [at('12:00:00'), at('12:30:00'), 'B', 'C'],
      [at('23:59:00'), 86_400, 'C', null],
    ])
    expect(titles(coverage)).toEqual(['A', 'B', 'C'])
  })

  it('finds overlaps naming both items, even with one item inside another', () => {
    const long = item('00:00:00', '12:00:00', 'Dài', 'news', 'self')
    const inside = item('02:00:00', '03:00:00', 'Bên trong', 'news', 'self')
    const late = item('11:00:00', '24:00:00', 'Chồng cuối', 'news', 'self')
    const coverage = rule(complianceForDay([long, inside, late], settings).rules, 'coverage')
    expect(coverage.ok).toBe(false)
    expect(coverage.gaps).toEqual([])
    expect(coverage.overlaps!.map((o) => [o.from, o.to, o.items.map((i) => i.title)])).toEqual([
      [at('02:00:00'), at('03:00:00'), ['Dài', 'Bên trong']],
      [at('11:00:00'), at('12:00:00'), ['Dài', 'Chồng cuối']],
    ])
  })

  it('counts the part of yesterday’s late film after midnight, and clips today’s last item at 24:00', () => {
    const carried: ComplianceItem = {
      ...item('00:00:00', '02:00:00', 'Phim đêm qua', 'film', 'foreign'),
      startSeconds: -3_600,
    }
    const day = item('01:00:00', '23:30:00', 'Cả ngày', 'news', 'self')
    const late = { ...item('23:30:00', '23:59:59', 'Phim khuya', 'film', 'domestic'), durationSeconds: 3_600 }
    const report = complianceForDay([carried, day, late], settings)
    expect(report.segments.map((s) => [s.title, s.from, s.to, s.carriedOver, s.continues])).toEqual([
      ['Phim đêm qua', 0, 3_600, true, false],
      ['Cả ngày', 3_600, at('23:30:00'), false, false],
      ['Phim khuya', at('23:30:00'), 86_400, false, true],
    ])
    expect(rule(report.rules, 'coverage').ok).toBe(true)
    // One hour of foreign film against 30 minutes of Vietnamese film: 33.33 %.
    expect(rule(report.rules, 'vietnameseFilm')).toMatchObject({
      numeratorSeconds: 1_800,
      denominatorSeconds: 5_400,
    })
  })

  it('an empty day is one gap and fails the minimum shares', () => {
    const report = complianceForDay([], settings)
    expect(rule(report.rules, 'coverage').gaps).toEqual([
      { from: 0, to: 86_400, seconds: 86_400, before: null, after: null },
    ])
    expect(report.violations).toEqual(['coverage', 'domestic', 'newSelfProduced'])
  })
})
