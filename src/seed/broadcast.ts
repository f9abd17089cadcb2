import type { Payload } from 'payload'

import { idOf, need, type DocId, type IdMap } from './refs'

/** The broadcast day in Vietnam (UTC+7, no daylight saving) of an instant. */
export function vietnamDate(at: Date, offsetDays = 0): string {
  return new Date(at.getTime() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

type ProgrammeSeed = {
  key: string
  channel: 'RADIO' | 'TV'
  name: string
  genre: string
  startTime: string
  durationSeconds: number
  weekdays: string[]
  templateItems: Array<{ type: string; title: string; plannedSeconds: number }>
  /** Stories of the day's rundown, in running order, after the template's opening items. */
  stories: string[]
}

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

const PROGRAMMES: ProgrammeSeed[] = [
  {
    key: 'thoi-su-sang',
    channel: 'RADIO',
    name: 'Thời sự sáng',
    genre: 'news',
    startTime: '06:00',
    durationSeconds: 1800,
    weekdays: EVERY_DAY,
    templateItems: [
      { type: 'break', title: 'Nhạc hiệu, giới thiệu', plannedSeconds: 30 },
      { type: 'ad', title: 'Quảng cáo đầu chương trình', plannedSeconds: 60 },
    ],
    stories: ['ban-tin-nong-vu-ret-dam', 'loa-truyen-thanh-thong-minh', 'phong-chay-khu-dan-cu'],
  },
  {
    key: 'thoi-su-19h',
    channel: 'TV',
    name: 'Thời sự 19h',
    genre: 'news',
    startTime: '19:00',
    durationSeconds: 1800,
    weekdays: EVERY_DAY,
    templateItems: [{ type: 'break', title: 'Hình hiệu, điểm tin', plannedSeconds: 45 }],
    stories: ['truong-quay-moi', 'phong-su-nguoi-giu-de', 'banh-cay-vao-vu-tet'],
  },
]

/**
 * Two programmes (the radio's morning news, the TV's 19:00 news) and today's rundown of each,
 * with the seeded broadcast stories in running order: the rundown desk and prompter start full.
 */
export async function seedBroadcast(
  payload: Payload,
  publications: IdMap,
  stories: IdMap,
  now: Date,
): Promise<IdMap> {
  const rundowns: IdMap = new Map()
  for (const seed of PROGRAMMES) {
    const programme = await payload.create({
      collection: 'programmes',
      data: {
        name: seed.name,
        channel: need(publications, seed.channel, 'publication'),
        genre: seed.genre,
        origin: 'self',
        weekdays: seed.weekdays,
        startTime: seed.startTime,
        durationSeconds: seed.durationSeconds,
        active: true,
        templateItems: seed.templateItems,
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    const rundown = await payload.create({
      collection: 'rundowns',
      data: { programme: idOf(programme), date: vietnamDate(now), status: 'ready' } as never,
      depth: 0,
      overrideAccess: true,
    })
    const items = (rundown as unknown as { items?: Array<Record<string, unknown>> }).items ?? []
    const storyItems = seed.stories.map((key) => ({
      type: 'story',
      story: need(stories, key, 'story') as DocId,
      status: 'ready',
    }))
    const full = await payload.update({
      collection: 'rundowns',
      id: idOf(rundown),
      data: { items: [...items, ...storyItems] } as never,
      depth: 0,
      overrideAccess: true,
    })
    rundowns.set(seed.key, idOf(full))
  }
  return rundowns
}
