import type { Payload } from 'payload'

import { vietnamDate } from './broadcast'
import { idOf, need, type IdMap } from './refs'

type PlanSeed = {
  title: string
  /** Days from today (Vietnam time); negative is in the past. */
  day: number
  slot: string
  desk: string
  publication?: string
  priority: 'high' | 'normal' | 'low'
  channels: string[]
  assets: string[]
  plannedLength?: number
  notes?: string
  /** Who covers it; none leaves the item unassigned, so the calendar flags it. */
  assignments: Array<{ user: string; kind: string; hoursFromNow: number; brief?: string }>
}

const PLANS: PlanSeed[] = [
  {
    title: 'Khai mạc kỳ họp HĐND tỉnh cuối năm',
    day: 0,
    slot: 'Trang 1 — tin chính',
    desk: 'TS',
    publication: 'BAO-IN',
    priority: 'high',
    channels: ['print', 'web', 'tv', 'radio'],
    assets: ['photo', 'video', 'crew'],
    plannedLength: 3200,
    assignments: [
      {
        user: 'reporter1',
        kind: 'write',
        hoursFromNow: 6,
        brief: 'Tường thuật phiên khai mạc, trích phát biểu.',
      },
      { user: 'reporter2', kind: 'photo', hoursFromNow: 5 },
    ],
  },
  {
    title: 'Giá lúa vụ mùa và đầu ra cho nông dân',
    day: 0,
    slot: 'Trang 3 — kinh tế',
    desk: 'KT',
    publication: 'BAO-IN',
    priority: 'normal',
    channels: ['print', 'web'],
    assets: ['photo'],
    plannedLength: 2400,
    assignments: [{ user: 'reporter3', kind: 'write', hoursFromNow: 8 }],
  },
  {
    title: 'Điểm tin sáng: thời tiết, giao thông, lịch cắt điện',
    day: 1,
    slot: 'Thời sự sáng 06:00',
    desk: 'PT',
    publication: 'RADIO',
    priority: 'normal',
    channels: ['radio', 'zalo'],
    assets: ['audio'],
    assignments: [],
  },
  {
    title: 'Phóng sự: làng nghề chạm bạc vào mùa Tết',
    day: 2,
    slot: 'Thời sự 19h',
    desk: 'TH',
    publication: 'TV',
    priority: 'normal',
    channels: ['tv', 'web'],
    assets: ['video', 'crew'],
    assignments: [{ user: 'reporter4', kind: 'video', hoursFromNow: 50 }],
  },
  {
    title: 'Chuyển đổi số ở xã: dịch vụ công trực tuyến một năm nhìn lại',
    day: 0,
    slot: 'Web 20:00',
    desk: 'DT',
    publication: 'WEB',
    priority: 'low',
    channels: ['web', 'zalo'],
    assets: ['graphic'],
    assignments: [],
  },
  {
    title: 'Kết quả thu ngân sách 10 tháng',
    day: -1,
    slot: 'Trang 2',
    desk: 'KT',
    publication: 'BAO-IN',
    priority: 'high',
    channels: ['print', 'web'],
    assets: [],
    plannedLength: 1800,
    notes: 'Chưa có bài: quá hạn từ hôm qua.',
    assignments: [],
  },
]

/**
 * This week's story budget across the desks: assigned, unassigned and one overdue item (dated
 * yesterday with nothing filed), so the calendar shows every state a desk chief meets.
 */
export async function seedPlanning(
  payload: Payload,
  refs: { desks: IdMap; publications: IdMap; users: IdMap },
  now: Date,
): Promise<void> {
  for (const plan of PLANS) {
    const item = await payload.create({
      collection: 'plan-items',
      data: {
        title: plan.title,
        date: vietnamDate(now, plan.day),
        slot: plan.slot,
        desk: need(refs.desks, plan.desk, 'desk'),
        publication: plan.publication ? need(refs.publications, plan.publication, 'publication') : undefined,
        priority: plan.priority,
        wantedChannels: plan.channels,
        assets: plan.assets,
        plannedLength: plan.plannedLength,
        notes: plan.notes,
        status: 'planned',
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    for (const assignment of plan.assignments) {
      await payload.create({
        collection: 'assignments',
        data: {
          planItem: idOf(item),
          assignee: need(refs.users, assignment.user, 'user'),
          kind: assignment.kind,
          deadline: new Date(now.getTime() + assignment.hoursFromNow * 3600_000).toISOString(),
          status: 'accepted',
          brief: assignment.brief,
        } as never,
        depth: 0,
        overrideAccess: true,
      })
    }
  }
}
