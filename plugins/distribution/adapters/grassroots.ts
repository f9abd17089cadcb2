/**
 * Grassroots information (thông tin cơ sở): sends a story's bulletin — audio for commune loudspeakers,
 * short text for LED boards, target communes and a play schedule — to the provincial source system
 * (hệ thống thông tin nguồn). Wire format and HTTP contract: docs/grassroots.md.
 */
import { readFile } from 'node:fs/promises'

import {
  type AdapterContext,
  type AdapterResult,
  DeliveryError,
  type DistributionAdapter,
  type PublicStory,
} from '../types'
import { formatDuration } from '../../../src/lib/textMeasure'
import { prepareBulletinAudio } from '../lib/grassroots/audio'
import {
  buildBulletinMessage,
  bulletinIdFor,
  normaliseCommunes,
  PRIORITY_LABELS,
  spokenTextFor,
} from '../lib/grassroots/bulletin'
import { asSourceResult, callSourceSystem, errorForResponse, SYSTEM_NAME } from '../lib/grassroots/http'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import { checkSchedule } from '../lib/grassroots/schedule'
import { readGrassrootsSettings } from '../lib/grassroots/settings'
import { TTS_VOICE_NAMES, type TtsTools } from '../lib/grassroots/tts'
import { validateBulletin } from '../lib/grassroots/validate'

const CONFIRMED_STATUSES = ['accepted', 'scheduled', 'playing']
const STATUS_NAMES: Record<string, string> = {
  accepted: 'đã nhận',
  scheduled: 'đã xếp lịch phát',
  playing: 'đang phát',
}

export type GrassrootsAdapterOptions = {
  /** Program paths for TTS (tests, unusual installs). */
  tools?: TtsTools
  /** The clock for "today" in schedule checks. */
  now?: () => Date
}

function resultNote(
  status: string,
  story: PublicStory,
  audio: { durationSeconds: number; source: string; voice?: string },
  previousNote?: string,
) {
  const spec = story.bulletin!
  const reading =
    audio.source === 'recording'
      ? 'bản ghi âm'
      : `đọc tự động, ${TTS_VOICE_NAMES[audio.voice as keyof typeof TTS_VOICE_NAMES] ?? audio.voice}`
  return [
    `${SYSTEM_NAME}: ${STATUS_NAMES[status] ?? `trạng thái "${status}"`}`,
    `${normaliseCommunes(spec.communes).length} xã/phường`,
    PRIORITY_LABELS[spec.priority],
    `âm thanh ${formatDuration(audio.durationSeconds)} (${reading})`,
    ...(previousNote ? [previousNote] : []),
  ].join(' · ')
}

async function send(
  context: AdapterContext,
  action: 'publish' | 'update',
  options: GrassrootsAdapterOptions,
) {
  const { story, target } = context
  const today = vietnamDay(options.now?.() ?? new Date())
  const problems = validateBulletin(story, target, today)
  if (problems.length > 0) {
    throw new DeliveryError(problems.map((problem) => problem.message).join(' '), { retryable: false })
  }
  const settings = readGrassrootsSettings(target)
  const spec = story.bulletin!
  const schedule = checkSchedule(spec.schedule, spec.priority, today).schedule!
  const bulletinId = bulletinIdFor(story.id)
  const spokenText = spec.recording
    ? (spec.spokenText ?? '').normalize('NFC').trim()
    : spokenTextFor(story, spec, settings.ttsMaxChars)
  const audio = await prepareBulletinAudio(context, {
    bulletinId,
    spec,
    spokenText,
    settings,
    tools: options.tools,
  })
  const audioBase64 = (await readFile(audio.path)).toString('base64')
  const message = buildBulletinMessage({ story, spec, action, schedule, spokenText, audio, audioBase64 })

  const response = await callSourceSystem(context, { method: 'POST', path: '/bulletins', body: message })
  const ok = response.status >= 200 && response.status < 300
  const result = ok || response.status === 409 ? asSourceResult(response.json) : undefined
  if (!result) {
    if (ok) {
      // Safe to send again: the same Idempotency-Key makes the system answer with the original result.
      throw new DeliveryError(
        `${SYSTEM_NAME} trả lời HTTP ${response.status} nhưng thiếu mã và trạng thái bản tin (no result).`,
        {
          retryable: true,
          status: response.status,
        },
      )
    }
    throw errorForResponse(response)
  }
  const earlier = response.status === 409 ? 'đã nhận từ lần gửi trước' : undefined
  const stale = result.stale
    ? `hệ thống đang giữ phiên bản mới hơn${result.version ? ` (${result.version})` : ''}`
    : undefined
  return {
    remoteId: result.id,
    confirmed: CONFIRMED_STATUSES.includes(result.status),
    note: resultNote(result.status, story, audio, [earlier, stale].filter(Boolean).join(', ') || undefined),
  } satisfies AdapterResult
}

async function withdraw(context: AdapterContext): Promise<AdapterResult> {
  const id = context.previous?.remoteId ?? context.delivery.remoteId ?? bulletinIdFor(context.story.id)
  const response = await callSourceSystem(context, {
    method: 'DELETE',
    path: `/bulletins/${encodeURIComponent(id)}`,
  })
  if (response.status === 404) {
    return {
      remoteId: id,
      confirmed: true,
      note: `${SYSTEM_NAME}: bản tin không còn trên hệ thống (đã thu hồi hoặc hết lịch).`,
    }
  }
  const ok = response.status >= 200 && response.status < 300
  if (ok || (response.status === 409 && asSourceResult(response.json))) {
    return {
      remoteId: id,
      confirmed: true,
      note: `${SYSTEM_NAME}: đã thu hồi bản tin, loa và bảng tin ngừng phát.`,
    }
  }
  throw errorForResponse(response)
}

export function createGrassrootsAdapter(options: GrassrootsAdapterOptions = {}): DistributionAdapter {
  return {
    kind: 'grassroots',
    label: {
      vi: 'Thông tin cơ sở (loa, bảng tin điện tử)',
      en: 'Grassroots information (loudspeakers, LED boards)',
    },
    domestic: true,
    canRemove: true,
    validate: (story, target) => validateBulletin(story, target, vietnamDay(options.now?.() ?? new Date())),
    publish: (context) => send(context, 'publish', options),
    update: (context) => send(context, 'update', options),
    remove: withdraw,
  }
}

export const grassrootsAdapter: DistributionAdapter = createGrassrootsAdapter()
