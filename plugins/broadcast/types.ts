export type BroadcastPluginOptions = {
  /** The newsroom's MOS id: the `mosID` of every item and the stem of every `roID`. */
  mosID: string
  /** Syllables a minute a presenter reads; estimates a script's length when the story has none stored. */
  readRate: number
}

type Bilingual = { vi: string; en: string }
const option = <V extends string>(value: V, vi: string, en: string) => ({ value, label: { vi, en } })

export const GENRES = [
  option('news', 'Thời sự', 'News'),
  option('current', 'Chuyên đề, chính luận', 'Current affairs'),
  option('documentary', 'Phim tài liệu, phóng sự', 'Documentary'),
  option('education', 'Giáo dục', 'Education'),
  option('entertainment', 'Giải trí', 'Entertainment'),
  option('music', 'Âm nhạc', 'Music'),
  option('sport', 'Thể thao', 'Sport'),
  option('children', 'Thiếu nhi', 'Children'),
  option('film', 'Phim truyện', 'Film'),
  option('series', 'Phim truyền hình dài tập', 'Series'),
  option('ads', 'Quảng cáo', 'Advertising'),
  option('other', 'Khác', 'Other'),
] as const
export type Genre = (typeof GENRES)[number]['value']

/** Who produced a programme or an item: the airtime rules count self-produced content separately. */
export const ORIGINS = [
  option('self', 'Tự sản xuất', 'Self-produced'),
  option('domestic', 'Khai thác trong nước', 'Domestic'),
  option('foreign', 'Nước ngoài', 'Foreign'),
] as const
export type Origin = (typeof ORIGINS)[number]['value']

export const WEEKDAYS = [
  option('mon', 'Thứ Hai', 'Monday'),
  option('tue', 'Thứ Ba', 'Tuesday'),
  option('wed', 'Thứ Tư', 'Wednesday'),
  option('thu', 'Thứ Năm', 'Thursday'),
  option('fri', 'Thứ Sáu', 'Friday'),
  option('sat', 'Thứ Bảy', 'Saturday'),
  option('sun', 'Chủ nhật', 'Sunday'),
] as const
export type Weekday = (typeof WEEKDAYS)[number]['value']

export const ITEM_TYPES = [
  option('story', 'Tin bài', 'Story'),
  option('package', 'Phóng sự', 'Package'),
  option('live', 'Trực tiếp', 'Live'),
  option('interview', 'Phỏng vấn', 'Interview'),
  option('music', 'Âm nhạc', 'Music'),
  option('ad', 'Quảng cáo', 'Advert'),
  option('break', 'Hình hiệu, chuyển cảnh', 'Break'),
  option('other', 'Khác', 'Other'),
] as const
export type ItemType = (typeof ITEM_TYPES)[number]['value']

export const RUNDOWN_STATUSES = [
  option('draft', 'Đang soạn', 'Draft'),
  option('ready', 'Sẵn sàng', 'Ready'),
  option('onAir', 'Đang phát', 'On air'),
  option('done', 'Đã phát', 'Done'),
] as const
export type RundownStatus = (typeof RUNDOWN_STATUSES)[number]['value']

export const ITEM_STATUSES = [...RUNDOWN_STATUSES, option('dropped', 'Bỏ, không phát', 'Dropped')] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]['value']

export const labelOf = (list: ReadonlyArray<{ value: string; label: Bilingual }>, value: string) =>
  list.find((entry) => entry.value === value)?.label ?? { vi: value, en: value }

export type BroadcastKind = 'radio' | 'tv'

/** A running-order row as stored (`rundowns.items`). */
export type RundownItem = {
  id?: string | null
  itemID?: string | null
  type: ItemType
  story?: number | string | { id: number | string } | null
  title?: string | null
  plannedSeconds?: number | null
  actualSeconds?: number | null
  status?: ItemStatus | null
  objID?: string | null
  origin?: Origin | null
  notes?: string | null
}

/** A rundown as the endpoints read it (depth 0). */
export type RundownDoc = {
  id: number | string
  programme?: number | string | null
  channel: number | string
  date: string
  startTime: string
  plannedDurationSeconds: number
  status: RundownStatus
  roID: string
  title: string
  rerun?: boolean | null
  version: number
  items?: RundownItem[] | null
  updatedAt: string
}

export const PROGRAMMES_SLUG = 'programmes'
export const RUNDOWNS_SLUG = 'rundowns'
