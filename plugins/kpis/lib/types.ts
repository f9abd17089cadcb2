/**
 * The KPI report contract (spec: `GET /api/kpis`). The dashboard, the annual report and the
 * maturity self-assessment read these types; keep the fields exact.
 */
export const KPI_KEYS = [
  'aiShare',
  'revenueGrowth',
  'domesticPlatforms',
  'domesticAudience',
  'mobileAudience',
  'broadcastCompliance',
  'staffTrained',
  'foreignLanguage',
  'security',
] as const

export type KpiKey = (typeof KPI_KEYS)[number]

export type KpiUnit = 'percent' | 'days' | 'count'

export type KpiStatus = 'met' | 'notMet' | 'noData'

export type Bilingual = { vi: string; en: string }

export type KpiTarget = {
  min?: number
  max?: number
  label: string
  /** The plan's own wording when the bounds simplify it ("kế hoạch: 30–50 % …"). */
  note?: string
  source: string
}

export type Kpi = {
  key: KpiKey
  label: Bilingual
  unit: KpiUnit
  /** This year and the year before; null = no records to compute from. */
  value: number | null
  previous: number | null
  target: KpiTarget | null
  status: KpiStatus
  /** Vietnamese sentence saying what was counted. */
  detail: string
  numerator?: number
  denominator?: number
  /** The twelve months of the year, for charts. */
  series: Array<{ month: string; value: number | null }>
  /** API path listing the counted records; absent when they are not the reader's to see. */
  drillDown?: string
}

export type KpiFilter = {
  year: number
  /** A publication/channel id. */
  publication?: number | string
  /** A desk id. */
  desk?: number | string
}

export type KpiReport = {
  year: number
  baselineYear: number
  generatedAt: string
  filters: { publication?: string; desk?: string }
  kpis: Kpi[]
  computeMs: number
}

export const KPI_LABELS: Record<KpiKey, Bilingual> = {
  aiShare: { vi: 'Tỷ lệ tin bài có ứng dụng AI', en: 'Share of stories made with AI' },
  revenueGrowth: { vi: 'Tăng trưởng doanh thu so với năm gốc', en: 'Revenue growth against the baseline' },
  domesticPlatforms: {
    vi: 'Tin bài phát hành trên nền tảng trong nước',
    en: 'Stories delivered to domestic platforms',
  },
  domesticAudience: {
    vi: 'Khán giả trên nền tảng trong nước',
    en: 'Audience on domestic platforms',
  },
  mobileAudience: { vi: 'Khán giả trên thiết bị di động', en: 'Audience on mobile devices' },
  broadcastCompliance: {
    vi: 'Ngày phát sóng đạt quy định thời lượng',
    en: 'Broadcast days meeting the airtime rules',
  },
  staffTrained: {
    vi: 'Nhân sự được đào tạo chuyển đổi số',
    en: 'Staff trained in digital transformation',
  },
  foreignLanguage: { vi: 'Tin bài có bản tiếng nước ngoài', en: 'Stories with a foreign-language version' },
  security: {
    vi: 'Biện pháp an toàn thông tin cấp độ 3 đang áp dụng',
    en: 'Level-3 security controls in force',
  },
}

export const KPI_UNITS: Record<KpiKey, KpiUnit> = {
  aiShare: 'percent',
  revenueGrowth: 'percent',
  domesticPlatforms: 'percent',
  domesticAudience: 'percent',
  mobileAudience: 'percent',
  broadcastCompliance: 'percent',
  staffTrained: 'percent',
  foreignLanguage: 'count',
  security: 'percent',
}

export function isKpiKey(value: unknown): value is KpiKey {
  return typeof value === 'string' && (KPI_KEYS as readonly string[]).includes(value)
}
