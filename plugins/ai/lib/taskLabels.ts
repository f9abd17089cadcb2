import type { AiTask } from '../types'

/** Shown in the admin and in messages; pure so client components can import it. */
export const TASK_LABELS: Record<AiTask, { vi: string; en: string }> = {
  headlines: { vi: 'Gợi ý tít', en: 'Headline suggestions' },
  standfirst: { vi: 'Viết sapo', en: 'Standfirst' },
  socialSummary: { vi: 'Tóm tắt cho Zalo / mạng xã hội', en: 'Social / Zalo summary' },
  seoDescription: { vi: 'Mô tả SEO', en: 'SEO description' },
  radioScript: { vi: 'Chuyển thành kịch bản phát thanh', en: 'Radio script' },
  tvOutline: { vi: 'Dàn ý kịch bản truyền hình', en: 'TV script outline' },
  printCut: { vi: 'Cắt gọn cho báo in', en: 'Cut for print' },
  translate: { vi: 'Dịch', en: 'Translate' },
  tagging: { vi: 'Gắn thẻ chủ đề, địa danh, nhân vật', en: 'Tagging' },
  spelling: { vi: 'Soát chính tả, văn phong', en: 'Spelling and style' },
}

export const SUGGESTION_STATUSES = [
  'queued',
  'running',
  'ready',
  'failed',
  'accepted',
  'edited',
  'rejected',
] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]

export const STATUS_LABELS: Record<SuggestionStatus, { vi: string; en: string }> = {
  queued: { vi: 'Đang chờ', en: 'Queued' },
  running: { vi: 'Đang xử lý', en: 'Running' },
  ready: { vi: 'Có gợi ý', en: 'Ready' },
  failed: { vi: 'Lỗi', en: 'Failed' },
  accepted: { vi: 'Đã nhận', en: 'Accepted' },
  edited: { vi: 'Đã nhận (có sửa)', en: 'Accepted with edits' },
  rejected: { vi: 'Đã bỏ', en: 'Rejected' },
}

export const AI_CLASS_LABELS = {
  human: { vi: 'Người viết', en: 'Human' },
  assisted: { vi: 'Có AI hỗ trợ', en: 'AI-assisted' },
  generated: { vi: 'Do AI tạo', en: 'AI-generated' },
} as const
