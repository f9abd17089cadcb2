/**
 * Drill-down of the story KPIs: exactly the stories each numerator counted, newest first, by
 * the same selections the figures use (loadAiStories, domesticStoriesWhere, foreignStoriesWhere).
 */
import { vietnamYearRange } from '../../../../src/lib/vietnamTime'
import { domesticDeliverySql, foreignLocales, type KpiContext } from '../context'
import { loadAiStories } from '../kpi/aiShare'
import { domesticStoriesWhere } from '../kpi/domesticPlatforms'
import { foreignStoriesWhere } from '../kpi/foreignLanguage'
import { isoOf, num, placeholders, queryRows, type SqlValue } from '../sql'
import { offsetOf, slicePage, storyInfo, type Page, type RecordsPage } from './common'

export async function aiShareRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  const { from, to } = vietnamYearRange(ctx.year)
  const stories = await loadAiStories(ctx, from, to)
  const slice = slicePage(stories, page)
  const info = await storyInfo(
    ctx,
    slice.map((s) => s.id),
  )
  return {
    lists: 'numerator',
    totalDocs: stories.length,
    docs: slice.map((story) => ({
      id: story.id,
      headline: info.get(String(story.id))?.headline ?? '',
      publishedAt: story.publishedAt,
      desk: info.get(String(story.id))?.desk ?? null,
      aiClass: story.cls,
      aiShare: Math.round(story.share * 10_000) / 10_000,
    })),
  }
}

/** Ids (newest first) and total of the stories a WHERE over `s` selects, one page of them. */
async function pageOfStories(
  ctx: KpiContext,
  where: { where: string; params: SqlValue[] },
  page: Page,
): Promise<{ rows: Array<{ id: number; publishedAt: string }>; total: number }> {
  const [rows, count] = await Promise.all([
    queryRows(
      ctx.payload,
      `SELECT s.id, s.published_at FROM stories s WHERE ${where.where}
        ORDER BY s.published_at DESC, s.id DESC LIMIT ? OFFSET ?`,
      [...where.params, page.limit, offsetOf(page)],
    ),
    queryRows(ctx.payload, `SELECT count(*) AS n FROM stories s WHERE ${where.where}`, where.params),
  ])
  return {
    rows: rows.map((row) => ({ id: num(row.id), publishedAt: isoOf(row.published_at) })),
    total: num(count[0]?.n),
  }
}

export async function domesticPlatformRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  const { from, to } = vietnamYearRange(ctx.year)
  const { rows, total } = await pageOfStories(ctx, domesticStoriesWhere(ctx, from, to), page)
  const ids = rows.map((row) => row.id)
  const delivered = domesticDeliverySql('d')
  const [info, deliveries] = await Promise.all([
    storyInfo(ctx, ids),
    ids.length
      ? queryRows(
          ctx.payload,
          `SELECT d.id, d.story_id, d.target_kind, d.confirmed_at, d.remote_url, t.id AS target_id, t.name AS target_name
             FROM deliveries d LEFT JOIN distribution_targets t ON t.id = d.target_id
            WHERE d.story_id IN ${placeholders(ids.length)} AND ${delivered.where} ORDER BY d.confirmed_at`,
          [...ids, ...delivered.params],
        )
      : Promise.resolve([]),
  ])
  return {
    lists: 'numerator',
    totalDocs: total,
    docs: rows.map((row) => ({
      id: row.id,
      headline: info.get(String(row.id))?.headline ?? '',
      publishedAt: row.publishedAt,
      desk: info.get(String(row.id))?.desk ?? null,
      domesticDeliveries: deliveries
        .filter((d) => num(d.story_id) === row.id)
        .map((d) => ({
          id: num(d.id),
          target: d.target_id === null ? null : { id: num(d.target_id), name: String(d.target_name ?? '') },
          targetKind: d.target_kind ?? null,
          confirmedAt: d.confirmed_at ? isoOf(d.confirmed_at) : null,
          remoteUrl: d.remote_url ?? null,
        })),
    })),
  }
}

export async function foreignLanguageRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  const locales = foreignLocales(ctx)
  if (!locales.length) return { lists: 'numerator', totalDocs: 0, docs: [] }
  const { from, to } = vietnamYearRange(ctx.year)
  const { rows, total } = await pageOfStories(ctx, foreignStoriesWhere(ctx, from, to), page)
  const ids = rows.map((row) => row.id)
  const headlines = ids.length
    ? await queryRows(
        ctx.payload,
        `SELECT _parent_id AS id, _locale AS locale, headline FROM stories_locales
          WHERE _parent_id IN ${placeholders(ids.length)}`,
        ids,
      )
    : []
  return {
    lists: 'numerator',
    totalDocs: total,
    docs: rows.map((row) => {
      const own = headlines.filter((h) => num(h.id) === row.id)
      const byLocale = Object.fromEntries(own.map((h) => [String(h.locale), String(h.headline ?? '')]))
      // As counted: a locale holding the Vietnamese headline (the fallback saved) is no translation.
      const vi = (byLocale.vi ?? '').trim()
      const real = (locale: string) => {
        const text = (byLocale[locale] ?? '').trim()
        return text !== '' && text !== vi
      }
      return {
        id: row.id,
        headline: byLocale.vi ?? '',
        publishedAt: row.publishedAt,
        locales: locales.filter(real),
        headlines: Object.fromEntries(
          Object.entries(byLocale).filter(([locale]) => locale !== 'vi' && real(locale)),
        ),
      }
    }),
  }
}
