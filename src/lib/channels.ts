/** Kinds of publication/channel an agency runs; a story's variants follow them. */
export const CHANNEL_KINDS = [
  { value: 'print', label: { vi: 'Báo in', en: 'Print' } },
  { value: 'epaper', label: { vi: 'Báo in điện tử (e-paper)', en: 'E-paper' } },
  { value: 'website', label: { vi: 'Báo điện tử / website', en: 'Website' } },
  { value: 'radio', label: { vi: 'Kênh phát thanh', en: 'Radio channel' } },
  { value: 'tv', label: { vi: 'Kênh truyền hình', en: 'TV channel' } },
  { value: 'social', label: { vi: 'Mạng xã hội / Zalo', en: 'Social / Zalo' } },
] as const

export type ChannelKind = (typeof CHANNEL_KINDS)[number]['value']
