/**
 * The podcast feed (radio programmes, audio stories) that podcast apps pull. Like the partner feed,
 * nothing is sent: a published story with audio is an episode of the feed at settings.feedURL
 * (set by the distribution plugin), and removing it takes the episode out.
 */
import type {
  AdapterContext,
  AdapterResult,
  ContentProblem,
  DistributionAdapter,
  PublicStory,
  TargetConfig,
} from '../types'
import { feedURLOf } from './feed'

function result(context: AdapterContext, note: string): Promise<AdapterResult> {
  return Promise.resolve({ confirmed: true, remoteUrl: feedURLOf(context.target), note })
}

export const podcastAdapter: DistributionAdapter = {
  kind: 'podcast',
  label: { vi: 'Podcast', en: 'Podcast feed' },
  domestic: true,
  canRemove: true,
  validate(story: PublicStory, _target: TargetConfig): ContentProblem[] {
    const audio = story.audio
    if (!audio?.url) {
      return [{ field: 'audio', message: 'Tin chưa có tệp âm thanh nên không thể lên podcast (no audio).' }]
    }
    const problems: ContentProblem[] = []
    if (audio.mimeType !== 'audio/mpeg') {
      problems.push({
        field: 'audio',
        message: `Podcast cần bản MP3 (audio/mpeg), tệp hiện có là ${audio.mimeType || 'không rõ định dạng'} (mp3 required).`,
      })
    }
    if (!(audio.bytes > 0)) {
      problems.push({
        field: 'audio',
        message:
          'Chưa biết dung lượng tệp âm thanh, ứng dụng podcast cần con số này (enclosure length unknown).',
      })
    }
    return problems
  },
  publish: (context) => result(context, 'Có trong podcast (in the podcast feed).'),
  update: (context) => result(context, 'Podcast đã có bản cập nhật (updated in the podcast feed).'),
  remove: (context) => result(context, 'Đã rút khỏi podcast (removed from the podcast feed).'),
}
