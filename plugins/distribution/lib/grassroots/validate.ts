/**
 * Everything that would make the provincial system refuse a story's bulletin (or play it wrongly),
 * found before any audio is made or anything is sent. Problem fields name the story's `grassroots`
 * group, or `target.settings` for a misconfigured target.
 */
import { BULLETIN_PRIORITIES, type ContentProblem, type PublicStory, type TargetConfig } from '../../types'
import { countSyllables } from '../../../../src/lib/textMeasure'
import { chosenVoice, formatMegabytes } from './audio'
import { ledLength, ledTextFor, normaliseCommunes, spokenTextFor } from './bulletin'
import { checkSchedule } from './schedule'
import { type GrassrootsSettings, readGrassrootsSettings } from './settings'
import { isTtsVoice, TTS_VOICES } from './tts'

const MP3_TYPES = ['audio/mpeg', 'audio/mp3']
/** What lame writes for TTS (48 kb/s), for estimating a spoken text's audio size before reading it. */
const TTS_BYTES_PER_SECOND = 6000
/**
 * espeak-ng's "words a minute" are ~1.5 Vietnamese syllables at rate 150 (measured: 360 syllables
 * read in 97 s); 1.4 keeps the estimate on the cautious side.
 */
const SYLLABLES_PER_ESPEAK_WORD = 1.4

function settingsOrProblem(target: Pick<TargetConfig, 'settings'>): GrassrootsSettings | ContentProblem {
  try {
    return readGrassrootsSettings(target)
  } catch (error) {
    return { field: 'target.settings', message: (error as Error).message }
  }
}

function ledProblems(story: PublicStory, settings: GrassrootsSettings): ContentProblem[] {
  const spec = story.bulletin!
  const text = ledTextFor(story, spec)
  if (!text)
    return [{ field: 'grassroots.ledText', message: 'Chưa có chữ cho bảng tin LED (LED text missing).' }]
  const length = ledLength(text)
  if (length <= settings.ledMaxChars) return []
  const whose = spec.ledText?.trim() ? 'Chữ cho bảng tin LED' : 'Chưa có chữ cho bảng tin LED và tít'
  return [
    {
      field: 'grassroots.ledText',
      message: `${whose} dài ${length} ký tự, bảng tin chỉ hiện tối đa ${settings.ledMaxChars} (LED text too long).`,
    },
  ]
}

function audioProblems(story: PublicStory, settings: GrassrootsSettings): ContentProblem[] {
  const spec = story.bulletin!
  const recording = spec.recording
  if (recording) {
    const problems: ContentProblem[] = []
    if (!MP3_TYPES.includes(recording.mimeType)) {
      problems.push({
        field: 'grassroots.recording',
        message: `Bản ghi âm là ${recording.mimeType}, hệ thống thông tin nguồn chỉ nhận MP3 (recording must be MP3).`,
      })
    }
    if (recording.bytes > settings.maxAudioBytes) {
      problems.push({
        field: 'grassroots.recording',
        message:
          `Bản ghi âm ${formatMegabytes(recording.bytes)}, hệ thống thông tin nguồn chỉ nhận tối đa ` +
          `${formatMegabytes(settings.maxAudioBytes)} (recording too large).`,
      })
    }
    return problems
  }
  const problems: ContentProblem[] = []
  const voice = chosenVoice(spec, settings)
  if (!isTtsVoice(voice)) {
    problems.push({
      field: 'grassroots.voice',
      message: `Giọng đọc "${voice}" không có; chọn ${TTS_VOICES.join(', ')} (unknown voice).`,
    })
  }
  const spoken = spokenTextFor(story, spec, settings.ttsMaxChars)
  if (!spoken) {
    problems.push({
      field: 'grassroots.spokenText',
      message: 'Chưa có bản ghi âm cũng chưa có văn bản để đọc tự động (nothing to read out).',
    })
    return problems
  }
  const estimatedBytes =
    (countSyllables(spoken) / (settings.ttsRate * SYLLABLES_PER_ESPEAK_WORD)) * 60 * TTS_BYTES_PER_SECOND
  if (estimatedBytes > settings.maxAudioBytes) {
    problems.push({
      field: 'grassroots.spokenText',
      message:
        `Văn bản đọc quá dài: âm thanh ước tính ${formatMegabytes(estimatedBytes)}, vượt giới hạn ` +
        `${formatMegabytes(settings.maxAudioBytes)} (spoken text too long).`,
    })
  }
  return problems
}

export function validateBulletin(
  story: PublicStory,
  target: Pick<TargetConfig, 'settings'>,
  today: string,
): ContentProblem[] {
  const settings = settingsOrProblem(target)
  if ('message' in settings) return [settings]
  const spec = story.bulletin
  if (!spec) {
    return [
      {
        field: 'grassroots',
        message:
          'Tin bài chưa có thông tin bản tin thông tin cơ sở: mức ưu tiên, xã/phường nhận, lịch phát (no bulletin).',
      },
    ]
  }
  const problems: ContentProblem[] = []
  if (!BULLETIN_PRIORITIES.includes(spec.priority)) {
    problems.push({
      field: 'grassroots.priority',
      message: `Mức ưu tiên "${spec.priority}" không hợp lệ (bad priority).`,
    })
  }
  const communes = normaliseCommunes(spec.communes)
  if (communes.length === 0) {
    problems.push({
      field: 'grassroots.communes',
      message: 'Cần chọn ít nhất một xã/phường nhận bản tin (no commune).',
    })
  }
  const badCodes = communes.filter((commune) => !/^\d{5}$/.test(commune.code))
  if (badCodes.length > 0) {
    problems.push({
      field: 'grassroots.communes',
      message: `Mã xã/phường phải gồm 5 chữ số: ${badCodes.map((c) => `${c.name || '?'} (${c.code})`).join(', ')} (bad commune code).`,
    })
  }
  problems.push(...ledProblems(story, settings), ...audioProblems(story, settings))
  problems.push(...checkSchedule(spec.schedule, spec.priority, today).problems)
  return problems
}
