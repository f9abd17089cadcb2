/** What every KPI computation is given, and what it answers (before targets and rounding). */
import type { Payload, PayloadRequest } from 'payload'

import { CHANNEL_KINDS } from '../../../src/lib/channels'
import type { KpisPluginOptions } from '../types'
import { dialectOf, type Dialect, type SqlValue } from './sql'

export type PublicationRef = { id: number | string; name: string; kind: string }
export type DeskRef = { id: number | string; name: string }

export type KpiContext = {
  payload: Payload
  dialect: Dialect
  year: number
  now: Date
  options: KpisPluginOptions
  publication?: PublicationRef
  desk?: DeskRef
  /**
   * The caller's request when it holds a transaction open (a create hook): the judged-day cache
   * is then written and read inside it, since a transaction of our own would wait for it on SQLite.
   */
  req?: PayloadRequest
  /** Loads several KPIs share within one computation (story counts, audience sums). */
  memo: Map<string, Promise<unknown>>
}

/** The shared load `key` of this computation, started once. */
export function once<T>(ctx: KpiContext, key: string, load: () => Promise<T>): Promise<T> {
  let pending = ctx.memo.get(key) as Promise<T> | undefined
  if (!pending) ctx.memo.set(key, (pending = load()))
  return pending
}

export type KpiResult = {
  /** This year's figure before rounding (status is judged on it), null without records. */
  exact: number | null
  previousExact: number | null
  numerator?: number
  denominator?: number
  series: Array<{ month: string; value: number | null }>
  detail: string
}

export function kpiContext(
  payload: Payload,
  year: number,
  options: KpisPluginOptions,
  refs: { publication?: PublicationRef; desk?: DeskRef; now?: Date; req?: PayloadRequest } = {},
): KpiContext {
  return {
    payload,
    dialect: dialectOf(payload),
    year,
    now: refs.now ?? new Date(),
    options,
    publication: refs.publication,
    desk: refs.desk,
    req: refs.req,
    memo: new Map(),
  }
}

/** The workflow states a story is out in (constants: written into the SQL as literals). */
export const PUBLISHED_STATES = ['published', 'corrected'] as const

const publishedStatesSql = `(${PUBLISHED_STATES.map((state) => `'${state}'`).join(', ')})`

/**
 * The stories a story-based KPI looks at: published (or corrected) in [from, to), of the desk
 * and on the publication asked for. `s` is the stories table's alias.
 */
export function storyScope(ctx: KpiContext, from: Date, to: Date): { where: string; params: SqlValue[] } {
  const parts = [`s.workflow_state IN ${publishedStatesSql}`, 's.published_at >= ?', 's.published_at < ?']
  const params: SqlValue[] = [from.toISOString(), to.toISOString()]
  if (ctx.desk) {
    parts.push('s.desk_id = ?')
    params.push(Number(ctx.desk.id))
  }
  if (ctx.publication) {
    parts.push(
      `EXISTS (SELECT 1 FROM stories_rels pr WHERE pr.parent_id = s.id AND pr.path = 'channels' AND pr.publications_id = ?)`,
    )
    params.push(Number(ctx.publication.id))
  }
  return { where: parts.join(' AND '), params }
}

/**
 * A delivery that put a story out and was confirmed: a publish or an update (not a removal, not
 * one queued or failed). `d` is the deliveries table's alias.
 */
export function confirmedDeliverySql(d: string): string {
  return `${d}.status = 'confirmed' AND ${d}.action IN ('publish', 'update')`
}

/** The delivery that makes a story count as on a domestic platform: confirmed, domestic, putting it out. */
export function domesticDeliverySql(d: string): { where: string; params: SqlValue[] } {
  return { where: `${confirmedDeliverySql(d)} AND ${d}.domestic = ?`, params: [true] }
}

/** "của ban X, trên Y" — the filters a sentence was computed with. */
export function scopeWords(ctx: KpiContext): string {
  const words: string[] = []
  if (ctx.desk) words.push(`của ban ${ctx.desk.name}`)
  if (ctx.publication) words.push(`trên ${ctx.publication.name}`)
  return words.length ? ` ${words.join(', ')}` : ''
}

/**
 * A real foreign-language headline on the `stories_locales` row aliased `f` (its `_locale`
 * checked by the caller): not empty, and not the Vietnamese headline itself, which is what a
 * locale holds when an editor saved it with Payload's fallback to vi showing in the form.
 */
export function realForeignHeadlineSql(f: string): string {
  return `trim(${f}.headline) <> '' AND NOT EXISTS (SELECT 1 FROM stories_locales vi
    WHERE vi._parent_id = ${f}._parent_id AND vi._locale = 'vi' AND trim(vi.headline) = trim(${f}.headline))`
}

/** The content locales other than Vietnamese (en, zh and the configured extra ones). */
export function foreignLocales(ctx: Pick<KpiContext, 'options'>): string[] {
  return ctx.options.locales.filter((locale) => locale !== 'vi')
}

/** A publication's kind in Vietnamese words for a sentence ("kênh truyền hình"), not its code. */
export function kindWords(kind: string): string {
  const label = CHANNEL_KINDS.find((entry) => entry.value === kind)?.label.vi
  return label ? label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) : kind
}
