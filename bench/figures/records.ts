/**
 * The other records the KPIs count: deliveries of about half the year's stories to domestic and
 * foreign targets (bulk rows, as the distribution worker leaves them), and the staff with their
 * training records (through the Local API: a few hundred documents, validated as a manager's
 * entries would be). Returns what the KPIs must find.
 */
import type { Payload } from 'payload'

import { insertRows } from '../../src/lib/imports/bulkInsert'
import { createPrng } from '../../src/lib/prng'
import type { BaseIds } from './newsroom'
import { inTransaction, insertInto, sqlRows } from './bulk'
import { YEAR } from './stories'

type Id = number | string

type Target = { id: Id; kind: string; domestic: boolean; weight: number }

async function createTargets(payload: Payload): Promise<Target[]> {
  const specs = [
    { name: 'Website Báo Hưng Yên (làm mới bộ nhớ đệm)', kind: 'website', domestic: true, weight: 0.9 },
    { name: 'Zalo OA Báo Hưng Yên', kind: 'zalo', domestic: true, weight: 0.35 },
    { name: 'Báo Mới (RSS)', kind: 'feed', domestic: true, weight: 0.3 },
    { name: 'Google News (RSS)', kind: 'feed', domestic: false, weight: 0.5 },
    { name: 'Apple Podcasts', kind: 'podcast', domestic: false, weight: 0.1 },
  ]
  const targets: Target[] = []
  for (const spec of specs) {
    const doc = await payload.create({
      collection: 'distribution-targets' as 'desks',
      data: {
        name: spec.name,
        kind: spec.kind,
        domestic: spec.domestic,
        active: true,
        ratePerMinute: 0,
      } as never,
      depth: 0,
    })
    targets.push({ id: doc.id, kind: spec.kind, domestic: spec.domestic, weight: spec.weight })
  }
  return targets
}

/**
 * Deliveries for about half of the published stories: each target taken by its weight, most
 * confirmed, some failed (never counted). Returns the stories with a confirmed domestic one.
 */
export async function loadDeliveries(
  payload: Payload,
  stories: ReadonlyArray<{ id: Id; publishedAt: string | null; public: boolean }>,
): Promise<{ rows: number; domesticStories: number }> {
  const targets = await createTargets(payload)
  const r = createPrng(4242)
  const rows: Array<Record<string, unknown>> = []
  let domesticStories = 0
  for (const story of stories) {
    if (!story.public || !story.publishedAt || r() >= 0.5) continue
    let domestic = false
    for (const target of targets) {
      if (r() >= target.weight) continue
      const confirmed = r() < 0.95
      const sent = new Date(Date.parse(story.publishedAt) + 20_000 + Math.floor(r() * 60_000)).toISOString()
      if (confirmed && target.domestic) domestic = true
      rows.push({
        key: `${story.id}:1:${target.id}:publish`,
        story: story.id,
        storyRevision: 1,
        target: target.id,
        targetKind: target.kind,
        domestic: target.domestic,
        action: 'publish',
        status: confirmed ? 'confirmed' : 'failed',
        priority: 0,
        attempts: confirmed ? 1 : 5,
        round: 0,
        sentAt: sent,
        confirmedAt: confirmed ? sent : null,
        failedAt: confirmed ? null : sent,
        lastError: confirmed ? null : 'HTTP 503 từ nền tảng',
      })
    }
    if (domestic) domesticStories++
  }
  for (let start = 0; start < rows.length; start += 2000)
    await inTransaction(payload, (req) => insertRows(req, 'deliveries', rows.slice(start, start + 2000)))
  return { rows: rows.length, domesticStories }
}

const ROLES = ['reporter', 'reporter', 'reporter', 'editor', 'editor', 'deskChief'] as const
const COURSES = [
  ['Kỹ năng báo chí đa phương tiện', 'Hội Nhà báo tỉnh Hưng Yên', 16],
  ['Ứng dụng trí tuệ nhân tạo trong tác nghiệp báo chí', 'Học viện Báo chí và Tuyên truyền', 24],
  ['An toàn thông tin cho cơ quan báo chí', 'Sở Khoa học và Công nghệ', 8],
  ['Sản xuất nội dung cho nền tảng số', 'Trung tâm Báo chí TP.HCM', 40],
  ['Quản trị tòa soạn hội tụ', 'Bộ Văn hóa, Thể thao và Du lịch', 32],
] as const

/**
 * `count` staff members hired between 2015 and 2024, about 85 % with digital-transformation
 * training in 2024–2025, some also with a course that does not count; the manager counts as staff
 * too. Written in bulk (as a staff list and training register migrated from the old system would
 * be): through the Local API each user costs a password hash and the audit's hooks.
 */
export async function loadStaff(
  payload: Payload,
  ids: BaseIds,
  count: number,
): Promise<{ staff: number; trained: number; records: number }> {
  const r = createPrng(1985)
  const hired = (i: number) => `${2015 + (i % 10)}-03-01T01:00:00.000Z`
  const staff: Array<{ id: Id; trainedOn?: string }> = [{ id: ids.manager }]
  await sqlRows(payload, `UPDATE users SET created_at = '${hired(0)}' WHERE id = ${Number(ids.manager)}`)
  const training: Array<Record<string, unknown>> = []
  await inTransaction(payload, async (req) => {
    const users = await insertInto(
      payload,
      req,
      'users',
      Array.from({ length: count }, (_, i) => ({
        email: `nhan-su-${i + 1}@bench.local`,
        fullName: `Nhân sự ${i + 1}`,
        role: ROLES[i % ROLES.length],
        loginAttempts: 0,
        createdAt: hired(i + 1),
        updatedAt: hired(i + 1),
      })),
    )
    await insertInto(
      payload,
      req,
      'users_rels',
      users.map((user, i) => ({
        parent: user.id,
        path: 'desks',
        order: 1,
        desksID: ids.desks[i % ids.desks.length],
      })),
    )
    staff.push(...users.map((user) => ({ id: user.id as Id })))
    const now = new Date().toISOString()
    for (const member of staff) {
      const courses = r() < 0.85 ? 1 + Math.floor(r() * 3) : 0
      for (let c = 0; c < courses; c++) {
        const [course, provider, hours] = COURSES[Math.floor(r() * COURSES.length)]!
        const year = r() < 0.4 ? YEAR - 1 : YEAR
        const day = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 27)).padStart(2, '0')}`
        training.push({
          staff: member.id,
          course,
          provider,
          date: `${day}T00:00:00.000Z`,
          hours,
          digitalTransformation: true,
          createdAt: now,
          updatedAt: now,
        })
        if (!member.trainedOn || day < member.trainedOn) member.trainedOn = day
      }
      if (r() < 0.2)
        training.push({
          staff: member.id,
          course: 'Lái xe an toàn',
          date: `${YEAR}-06-15T00:00:00.000Z`,
          hours: 4,
          digitalTransformation: false,
          createdAt: now,
          updatedAt: now,
        })
    }
    await insertInto(payload, req, 'training_records', training)
  })
  return { staff: staff.length, trained: staff.filter((m) => m.trainedOn).length, records: training.length }
}
