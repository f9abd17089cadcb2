import { CHANNEL_KINDS, type ChannelKind } from '../../../src/lib/channels'
import type {
  AssignmentKind,
  AssignmentStatus,
  PlanAsset,
  PlanPriority,
  PlanStatus,
  WantedChannel,
} from '../types'

/** Bilingual labels of the planning value lists, shared by the collections and the calendar view. */
export type Bilingual = { vi: string; en: string }

export const PRIORITY_LABELS: Record<PlanPriority, Bilingual> = {
  high: { vi: 'Cao', en: 'High' },
  normal: { vi: 'Bình thường', en: 'Normal' },
  low: { vi: 'Thấp', en: 'Low' },
}

/** The publication kind each wanted channel maps to (Zalo is the social kind). */
export const CHANNEL_KIND_OF: Record<WantedChannel, ChannelKind> = {
  web: 'website',
  print: 'print',
  radio: 'radio',
  tv: 'tv',
  zalo: 'social',
}

const kindLabel = (kind: ChannelKind): Bilingual => {
  const found = CHANNEL_KINDS.find((k) => k.value === kind)
  return found ? { vi: found.label.vi, en: found.label.en } : { vi: kind, en: kind }
}

export const CHANNEL_LABELS: Record<WantedChannel, Bilingual> = {
  web: kindLabel('website'),
  print: kindLabel('print'),
  radio: { vi: 'Phát thanh', en: 'Radio' },
  tv: { vi: 'Truyền hình', en: 'TV' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
}

export const ASSET_LABELS: Record<PlanAsset, Bilingual> = {
  photo: { vi: 'Ảnh', en: 'Photo' },
  video: { vi: 'Video', en: 'Video' },
  audio: { vi: 'Âm thanh', en: 'Audio' },
  graphic: { vi: 'Đồ họa', en: 'Graphic' },
  crew: { vi: 'Tổ quay / ghi âm', en: 'Camera / sound crew' },
}

export const PLAN_STATUS_LABELS: Record<PlanStatus, Bilingual> = {
  idea: { vi: 'Đề tài', en: 'Idea' },
  planned: { vi: 'Đã lên kế hoạch', en: 'Planned' },
  assigned: { vi: 'Đã giao', en: 'Assigned' },
  inProgress: { vi: 'Đang thực hiện', en: 'In progress' },
  filed: { vi: 'Đã nộp bài', en: 'Filed' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  dropped: { vi: 'Bỏ', en: 'Dropped' },
}

export const ASSIGNMENT_KIND_LABELS: Record<AssignmentKind, Bilingual> = {
  write: { vi: 'Viết bài', en: 'Write' },
  photo: { vi: 'Chụp ảnh', en: 'Photo' },
  video: { vi: 'Quay phim', en: 'Video' },
  audio: { vi: 'Ghi âm', en: 'Audio' },
  graphic: { vi: 'Đồ họa', en: 'Graphic' },
}

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, Bilingual> = {
  open: { vi: 'Chưa nhận', en: 'Open' },
  accepted: { vi: 'Đã nhận', en: 'Accepted' },
  inProgress: { vi: 'Đang làm', en: 'In progress' },
  done: { vi: 'Xong', en: 'Done' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
}

export const optionsOf = <V extends string>(labels: Record<V, Bilingual>) =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
