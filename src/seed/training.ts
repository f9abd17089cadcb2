import type { Payload } from 'payload'

import { TRAINING_RECORDS_SLUG } from '../../plugins/kpis/collections/TrainingRecords'
import { need, type IdMap } from './refs'

type Course = { course: string; provider: string; hours: number; digitalTransformation: boolean }

const COURSES = {
  convergence: {
    course: 'Chuyển đổi số báo chí: vận hành tòa soạn hội tụ',
    provider: 'Học viện Báo chí và Tuyên truyền',
    hours: 24,
    digitalTransformation: true,
  },
  ai: {
    course: 'Ứng dụng trí tuệ nhân tạo trong sản xuất tin bài',
    provider: 'Hội Nhà báo Việt Nam',
    hours: 16,
    digitalTransformation: true,
  },
  data: {
    course: 'Báo chí dữ liệu và trực quan hóa số liệu',
    provider: 'Trung tâm Bồi dưỡng nghiệp vụ báo chí',
    hours: 12,
    digitalTransformation: true,
  },
  security: {
    course: 'An toàn thông tin cho người làm báo',
    provider: 'Sở Khoa học và Công nghệ tỉnh',
    hours: 8,
    digitalTransformation: true,
  },
  multiplatform: {
    course: 'Sản xuất nội dung đa nền tảng: video ngắn, podcast',
    provider: 'Đài Tiếng nói Việt Nam',
    hours: 20,
    digitalTransformation: true,
  },
  editing: {
    course: 'Nghiệp vụ biên tập tin chính trị, thời sự',
    provider: 'Học viện Báo chí và Tuyên truyền',
    hours: 16,
    digitalTransformation: false,
  },
} satisfies Record<string, Course>

/**
 * Who took which course, how many days before the seed (a few over a year back, for last
 * year's figure). Eight of the ten staff are trained in digital transformation; reporter3 only
 * took a course that does not count and reporter4 none, so the KPI shows 80 % and names them.
 */
const PLAN: ReadonlyArray<{
  user: string
  course: keyof typeof COURSES
  daysAgo: number
  certificate?: string
}> = [
  { user: 'admin', course: 'security', daysAgo: 40, certificate: 'ATTT-2026-017' },
  { user: 'manager', course: 'convergence', daysAgo: 420, certificate: 'HVBC-CĐS-0112' },
  { user: 'manager', course: 'ai', daysAgo: 60 },
  { user: 'chief1', course: 'convergence', daysAgo: 400, certificate: 'HVBC-CĐS-0131' },
  { user: 'chief1', course: 'data', daysAgo: 95 },
  { user: 'chief2', course: 'multiplatform', daysAgo: 150 },
  { user: 'editor1', course: 'ai', daysAgo: 60 },
  { user: 'editor1', course: 'data', daysAgo: 95 },
  { user: 'editor2', course: 'multiplatform', daysAgo: 150 },
  { user: 'reporter1', course: 'ai', daysAgo: 60 },
  { user: 'reporter1', course: 'multiplatform', daysAgo: 150 },
  { user: 'reporter2', course: 'security', daysAgo: 40 },
  { user: 'reporter3', course: 'editing', daysAgo: 210 },
]

const DAY_MS = 86_400_000

/** Training records for the demo staff (deterministic; dates relative to `now`). */
export async function seedTraining(payload: Payload, users: IdMap, now: Date): Promise<number> {
  for (const { user, course, daysAgo, certificate } of PLAN) {
    const details = COURSES[course]
    // Noon in Vietnam, so the day never shifts with the time zone.
    const end = new Date(now.getTime() - daysAgo * DAY_MS)
    end.setUTCHours(5, 0, 0, 0)
    const start = new Date(end.getTime() - Math.max(0, Math.ceil(details.hours / 8) - 1) * DAY_MS)
    await payload.create({
      collection: TRAINING_RECORDS_SLUG,
      data: {
        staff: need(users, user, 'user'),
        ...details,
        startDate: start.toISOString(),
        date: end.toISOString(),
        ...(certificate ? { certificate } : {}),
      },
      depth: 0,
    })
  }
  return PLAN.length
}
