/**
 * Drill-down of the other KPIs: staff with their training, judged broadcast days, revenue
 * entries, audience per platform and the security controls.
 */
import { RULES, type RuleId } from '../../../airtime/lib/rules'
import { TRAINING_RECORDS_SLUG } from '../../collections/TrainingRecords'
import type { KpiContext } from '../context'
import { loadAudienceYears } from '../kpi/audience'
import {
  appliesToPublication,
  judgedDaysWhere,
  parseViolations,
  refreshForYear,
} from '../kpi/broadcastCompliance'
import { loadSecurityControls } from '../kpi/security'
import {
  figureInstant,
  loadStaffTraining,
  onBooksAt,
  trainedBy,
  type StaffTraining,
} from '../kpi/staffTrained'
import { num, queryRows } from '../sql'
import { offsetOf, slicePage, type Page, type RecordsPage, type RecordsReader } from './common'

/**
 * Every staff member counted (the denominator), each flagged trained or not with the date of their
 * first DT training. Their courses (what, who gave it, when, hours) are listed as the training
 * records themselves are read: every member's to the figures' keepers, a desk chief's own to them.
 */
export async function staffTrainedRecords(
  ctx: KpiContext,
  page: Page,
  reader: RecordsReader,
): Promise<RecordsPage> {
  const at = figureInstant(ctx.year, ctx.now)
  if (!at) return { lists: 'denominator', totalDocs: 0, docs: [] }
  const staff = (await loadStaffTraining(ctx)).filter((member) => onBooksAt(member, at))
  const trained = (member: StaffTraining) => trainedBy(member, at)
  const ordered = [...staff.filter(trained), ...staff.filter((m) => !trained(m))]
  const slice = slicePage(ordered, page)
  const ids = slice.map((m) => m.id)
  const mayList = (id: number) => reader.seesEveryone || String(id) === String(reader.userId ?? '')
  const listed = ids.filter(mayList)
  const [users, records] = await Promise.all([
    ids.length
      ? ctx.payload.find({
          collection: 'users',
          where: { id: { in: ids } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      : { docs: [] },
    listed.length
      ? ctx.payload.find({
          collection: TRAINING_RECORDS_SLUG,
          where: { staff: { in: listed }, date: { less_than: at.toISOString() } },
          depth: 0,
          pagination: false,
          sort: 'date',
          overrideAccess: true,
        })
      : { docs: [] },
  ])
  const userById = new Map(users.docs.map((u) => [String(u.id), u as unknown as Record<string, unknown>]))
  return {
    lists: 'denominator',
    totalDocs: ordered.length,
    docs: slice.map((member) => {
      const user = userById.get(String(member.id)) ?? {}
      const own = (records.docs as unknown as Array<Record<string, unknown>>).filter(
        (r) => String(r.staff) === String(member.id),
      )
      return {
        id: member.id,
        fullName: user.fullName ?? '',
        email: user.email ?? '',
        role: user.role ?? '',
        trained: trained(member),
        firstTrainedAt: member.firstTrainedAt,
        ...(mayList(member.id)
          ? {
              trainingRecords: own.map((r) => ({
                id: r.id,
                course: r.course,
                provider: r.provider ?? null,
                date: r.date,
                hours: r.hours,
                digitalTransformation: Boolean(r.digitalTransformation),
              })),
            }
          : {}),
      }
    }),
  }
}

/** Every judged broadcast day of the year (the denominator), newest first, with the rules broken. */
export async function broadcastComplianceRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  if (!appliesToPublication(ctx)) return { lists: 'denominator', totalDocs: 0, docs: [] }
  await refreshForYear(ctx)
  const scope = judgedDaysWhere(ctx)
  const [rows, count] = await Promise.all([
    queryRows(
      ctx.payload,
      `SELECT c.id, c.channel_id, p.name AS channel_name, c.day, c.pass, c.violations, c.item_count, c.airtime_seconds
         FROM kpi_compliance_days c LEFT JOIN publications p ON p.id = c.channel_id
        WHERE ${scope.where} ORDER BY c.day DESC, c.channel_id LIMIT ? OFFSET ?`,
      [...scope.params, page.limit, offsetOf(page)],
    ),
    queryRows(
      ctx.payload,
      `SELECT count(*) AS n FROM kpi_compliance_days c WHERE ${scope.where}`,
      scope.params,
    ),
  ])
  return {
    lists: 'denominator',
    totalDocs: num(count[0]?.n),
    docs: rows.map((row) => {
      const violations = parseViolations(row.violations)
      return {
        id: num(row.id),
        channel: { id: num(row.channel_id), name: String(row.channel_name ?? '') },
        day: String(row.day),
        pass: row.pass === true || row.pass === 1,
        violations: violations.map((rule) => ({ rule, label: RULES[rule as RuleId]?.label.vi ?? rule })),
        itemCount: num(row.item_count),
        airtimeSeconds: num(row.airtime_seconds),
        report: `/api/airtime/compliance?channel=${num(row.channel_id)}&date=${String(row.day)}&log=asrun`,
      }
    }),
  }
}

/** The actual revenue entries of the year (what the growth's numerator adds up). */
export async function revenueRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  const result = await ctx.payload.find({
    collection: 'revenue-entries' as never,
    where: {
      and: [
        { kind: { equals: 'actual' } },
        { month: { greater_than_equal: `${ctx.year}-01` } },
        { month: { less_than_equal: `${ctx.year}-12` } },
        ...(ctx.publication ? [{ publication: { equals: ctx.publication.id } }] : []),
      ],
    },
    depth: 0,
    page: page.page,
    limit: page.limit,
    sort: ['month', 'line'] as never,
    overrideAccess: true,
  })
  return {
    lists: 'entries',
    totalDocs: result.totalDocs,
    docs: (result.docs as unknown as Array<Record<string, unknown>>).map((doc) => ({
      id: doc.id,
      month: doc.month,
      publication: doc.publication ?? null,
      line: doc.line,
      amount: doc.amount,
      source: doc.source ?? null,
    })),
  }
}

/** The audience per platform the two audience shares add up (domestic flag, views, mobile views). */
export async function audienceRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  const { platforms } = await loadAudienceYears(ctx)
  return {
    lists: 'platforms',
    totalDocs: platforms.length,
    docs: slicePage(platforms, page).map((p) => ({ ...p })),
  }
}

export async function securityRecords(ctx: KpiContext, page: Page): Promise<RecordsPage> {
  const controls = await loadSecurityControls(ctx)
  return { lists: 'controls', totalDocs: controls.length, docs: slicePage(controls, page) }
}
