import type { Payload } from 'payload'

import { ASSESSMENTS_SLUG, CRITERIA_SLUG } from '../../plugins/maturity/lib/slugs'
import type { KpiKey } from '../../plugins/kpis/lib/types'
import { KPI_TEXTS_CONTEXT, loadKpiTexts } from '../../plugins/maturity/lib/kpiEvidence'
import type { PillarKey } from '../../plugins/maturity/lib/pillars'
import { vietnamDay } from '../lib/vietnamTime'

type SeedCriterion = {
  code: string
  pillar: PillarKey
  maxPoints: number
  vi: string
  en: string
  guidance: string
  kpi?: KpiKey
}

/**
 * An example criteria set, clearly worded, adding up to 18/24/20/23/15. The official criteria
 * texts of the index are not public in full: administrators edit this set to match the one the
 * ministry sends them.
 */
export const DEFAULT_CRITERIA: readonly SeedCriterion[] = [
  {
    code: '1.1',
    pillar: 'strategy',
    maxPoints: 4,
    vi: 'Cấp ủy, lãnh đạo cơ quan ban hành nghị quyết hoặc chủ trương về chuyển đổi số của cơ quan báo chí.',
    en: 'The party committee or management has adopted a resolution on the agency’s digital transformation.',
    guidance:
      'Minh chứng: nghị quyết, quyết định, kết luận. 4 điểm khi còn hiệu lực và có mục tiêu đến 2030.',
  },
  {
    code: '1.2',
    pillar: 'strategy',
    maxPoints: 4,
    vi: 'Có kế hoạch (đề án) chuyển đổi số giai đoạn và kế hoạch hằng năm được phê duyệt, với chỉ tiêu đo được.',
    en: 'An approved multi-year and yearly digital-transformation plan with measurable targets.',
    guidance: 'Minh chứng: kế hoạch giai đoạn, kế hoạch năm, báo cáo đánh giá thực hiện.',
  },
  {
    code: '1.3',
    pillar: 'strategy',
    maxPoints: 3,
    vi: 'Có ban chỉ đạo hoặc bộ phận, người đứng đầu chịu trách nhiệm về chuyển đổi số.',
    en: 'A steering committee or unit and a leader in charge of digital transformation.',
    guidance: 'Minh chứng: quyết định thành lập, phân công nhiệm vụ.',
  },
  {
    code: '1.4',
    pillar: 'strategy',
    maxPoints: 3,
    vi: 'Bố trí kinh phí riêng cho chuyển đổi số trong dự toán hằng năm.',
    en: 'A dedicated digital-transformation budget line every year.',
    guidance: 'Minh chứng: dự toán được duyệt, quyết toán phần kinh phí chuyển đổi số.',
  },
  {
    code: '1.5',
    pillar: 'strategy',
    maxPoints: 4,
    vi: 'Có chiến lược doanh thu số; doanh thu tăng so với năm gốc theo mục tiêu (tăng 10–20% đến 2025, từ 20% đến 2030).',
    en: 'A digital revenue strategy; revenue growing against the baseline year as targeted.',
    guidance: 'Số liệu tự điền từ sổ doanh thu (chỉ số Tăng trưởng doanh thu).',
    kpi: 'revenueGrowth',
  },
  {
    code: '2.1',
    pillar: 'infrastructure',
    maxPoints: 5,
    vi: 'Dùng một hệ thống quản trị nội dung chung cho báo in, báo điện tử, phát thanh và truyền hình (tòa soạn hội tụ).',
    en: 'One content system for print, web, radio and TV (converged newsroom).',
    guidance: 'Minh chứng: ảnh chụp hệ thống, danh sách ấn phẩm, kênh dùng chung.',
  },
  {
    code: '2.2',
    pillar: 'infrastructure',
    maxPoints: 4,
    vi: 'Lưu trữ, lưu chiểu số đúng quy định: báo điện tử ít nhất 12 tháng, phát thanh, truyền hình ít nhất 6 tháng kể từ khi phát.',
    en: 'Legal archiving: e-newspaper at least 12 months, radio and TV at least 6 months after broadcast.',
    guidance: 'Minh chứng: cấu hình lưu trữ, biên bản kiểm tra.',
  },
  {
    code: '2.3',
    pillar: 'infrastructure',
    maxPoints: 6,
    vi: 'Hệ thống thông tin được phê duyệt cấp độ an toàn thông tin (cấp độ 3) và triển khai đủ phương án bảo vệ.',
    en: 'Information systems approved at security level 3, with every protection in force.',
    guidance:
      'Số liệu tự điền: tỷ lệ biện pháp cấp độ 3 đang có hiệu lực. Minh chứng: hồ sơ đề xuất cấp độ, quyết định phê duyệt.',
    kpi: 'security',
  },
  {
    code: '2.4',
    pillar: 'infrastructure',
    maxPoints: 5,
    vi: 'Nội dung được phân phối lên các nền tảng số, ưu tiên nền tảng trong nước.',
    en: 'Content distributed on digital platforms, domestic ones first.',
    guidance: 'Số liệu tự điền từ nhật ký phân phối (chỉ số Nội dung lên nền tảng trong nước).',
    kpi: 'domesticPlatforms',
  },
  {
    code: '2.5',
    pillar: 'infrastructure',
    maxPoints: 4,
    vi: 'Hạ tầng phát sóng số bảo đảm thời lượng và tỷ lệ chương trình theo quy định.',
    en: 'Digital broadcast infrastructure meeting airtime rules.',
    guidance: 'Số liệu tự điền: số ngày phát sóng đạt mọi quy định về thời lượng.',
    kpi: 'broadcastCompliance',
  },
  {
    code: '3.1',
    pillar: 'organisation',
    maxPoints: 5,
    vi: 'Tổ chức sản xuất theo mô hình tòa soạn hội tụ: một quy trình thống nhất cho mọi loại hình.',
    en: 'Production organised as a converged newsroom with one workflow for every medium.',
    guidance: 'Minh chứng: quy chế hoạt động, sơ đồ quy trình.',
  },
  {
    code: '3.2',
    pillar: 'organisation',
    maxPoints: 5,
    vi: 'Cán bộ, phóng viên, biên tập viên được đào tạo, bồi dưỡng kỹ năng số (mục tiêu 100%).',
    en: 'Staff trained in digital skills (target 100%).',
    guidance: 'Số liệu tự điền từ hồ sơ đào tạo (chỉ số Nhân sự được đào tạo chuyển đổi số).',
    kpi: 'staffTrained',
  },
  {
    code: '3.3',
    pillar: 'organisation',
    maxPoints: 4,
    vi: 'Có nhân sự chuyên trách công nghệ, dữ liệu và nền tảng số.',
    en: 'Dedicated technology, data and platform staff.',
    guidance: 'Minh chứng: quyết định phân công, danh sách nhân sự.',
  },
  {
    code: '3.4',
    pillar: 'organisation',
    maxPoints: 3,
    vi: 'Giao việc, duyệt bài và lưu vết nghiệp vụ trên hệ thống, không qua giấy tờ.',
    en: 'Assignments, approvals and audit trail kept in the system, not on paper.',
    guidance: 'Minh chứng: ảnh chụp quy trình duyệt, nhật ký hệ thống.',
  },
  {
    code: '3.5',
    pillar: 'organisation',
    maxPoints: 3,
    vi: 'Có quy chế, chính sách khuyến khích sáng tạo nội dung số (nhuận bút, khen thưởng).',
    en: 'Rules and incentives for digital content (fees, awards).',
    guidance: 'Minh chứng: quy chế nhuận bút, quyết định khen thưởng.',
  },
  {
    code: '4.1',
    pillar: 'audience',
    maxPoints: 5,
    vi: 'Đo lường khán giả trên mọi nền tảng bằng công cụ của cơ quan; ưu tiên khán giả trên nền tảng trong nước.',
    en: 'Audience measured on every platform with the agency’s own tools; domestic platforms first.',
    guidance: 'Số liệu tự điền: tỷ lệ khán giả trên nền tảng trong nước.',
    kpi: 'domesticAudience',
  },
  {
    code: '4.2',
    pillar: 'audience',
    maxPoints: 5,
    vi: 'Khán giả tiếp cận qua thiết bị di động và Internet (mục tiêu 80% khán giả phát thanh, truyền hình đến 2045).',
    en: 'Audience on mobile and internet (80% of radio/TV audience by 2045).',
    guidance: 'Số liệu tự điền: tỷ lệ khán giả trên di động, Internet.',
    kpi: 'mobileAudience',
  },
  {
    code: '4.3',
    pillar: 'audience',
    maxPoints: 4,
    vi: 'Có nội dung tiếng nước ngoài và tiếng dân tộc thiểu số trên nền tảng số.',
    en: 'Foreign-language and ethnic-minority-language content online.',
    guidance: 'Số liệu tự điền: số tin bài đã đăng có bản tiếng nước ngoài.',
    kpi: 'foreignLanguage',
  },
  {
    code: '4.4',
    pillar: 'audience',
    maxPoints: 5,
    vi: 'Có kênh tương tác với bạn đọc; tiếp nhận và xử lý đầy đủ phản hồi.',
    en: 'Channels to hear readers; all feedback received and handled.',
    guidance: 'Minh chứng: thống kê phản hồi đã tiếp nhận, đã xử lý.',
  },
  {
    code: '4.5',
    pillar: 'audience',
    maxPoints: 4,
    vi: 'Có sản phẩm theo nhóm khán giả, cá nhân hóa hoặc thu phí nội dung số.',
    en: 'Products per audience group, personalisation or paid digital content.',
    guidance: 'Minh chứng: danh sách sản phẩm, số thuê bao.',
  },
  {
    code: '5.1',
    pillar: 'technology',
    maxPoints: 5,
    vi: 'Ứng dụng trí tuệ nhân tạo trong sản xuất nội dung (mục tiêu 30–50% tin bài có AI đến 2045).',
    en: 'AI used in content production (30–50% of stories by 2045).',
    guidance: 'Số liệu tự điền từ nguồn gốc AI của tin bài (chỉ số Tỷ lệ tin bài có AI).',
    kpi: 'aiShare',
  },
  {
    code: '5.2',
    pillar: 'technology',
    maxPoints: 4,
    vi: 'Dùng dữ liệu và phân tích dữ liệu để ra quyết định biên tập.',
    en: 'Data and analytics used for editorial decisions.',
    guidance: 'Minh chứng: bảng điều khiển số liệu, biên bản giao ban có dùng số liệu.',
  },
  {
    code: '5.3',
    pillar: 'technology',
    maxPoints: 3,
    vi: 'Có sản phẩm báo chí số mới: podcast, video ngắn, đồ họa tương tác, e-magazine.',
    en: 'New digital formats: podcasts, short video, interactive graphics, e-magazine.',
    guidance: 'Minh chứng: đường dẫn sản phẩm, số lượng trong năm.',
  },
  {
    code: '5.4',
    pillar: 'technology',
    maxPoints: 3,
    vi: 'Dùng điện toán đám mây và tự động hóa trong quy trình sản xuất, phát hành.',
    en: 'Cloud computing and automation in production and distribution.',
    guidance: 'Minh chứng: hợp đồng dịch vụ, mô tả quy trình tự động.',
  },
]

/** What the demo newsroom has already scored, with the reason given. */
const DRAFT_POINTS: Record<string, { points: number; note: string }> = {
  '1.1': { points: 4, note: 'Nghị quyết của Ban Thường vụ về chuyển đổi số cơ quan báo chí còn hiệu lực.' },
  '1.2': { points: 3, note: 'Có kế hoạch năm; kế hoạch giai đoạn đang trình duyệt.' },
  '1.3': { points: 3, note: 'Quyết định thành lập Ban chỉ đạo chuyển đổi số.' },
  '2.1': { points: 5, note: 'Một hệ thống cho báo in, báo điện tử, phát thanh, truyền hình.' },
  '2.3': { points: 4, note: 'Hồ sơ cấp độ 3 đã duyệt; còn thiếu xác thực hai yếu tố.' },
  '3.2': { points: 3.5, note: 'Phần lớn phóng viên đã qua lớp kỹ năng số.' },
  '4.1': { points: 4, note: 'Đo lường bằng công cụ của cơ quan, không dùng cookie.' },
  '5.1': { points: 3, note: 'AI hỗ trợ tóm tắt, phụ đề, đọc tin.' },
}

/**
 * The example criteria (when there are none yet) and a draft self-assessment of the current
 * year with some points scored. Returns the number of criteria created.
 */
export async function seedMaturity(payload: Payload, now: Date): Promise<number> {
  const existing = await payload.count({ collection: CRITERIA_SLUG, overrideAccess: true })
  const ids = new Map<string, number | string>()
  if (existing.totalDocs === 0) {
    for (const [index, criterion] of DEFAULT_CRITERIA.entries()) {
      const doc = await payload.create({
        collection: CRITERIA_SLUG,
        data: {
          pillar: criterion.pillar,
          code: criterion.code,
          maxPoints: criterion.maxPoints,
          text: criterion.vi,
          guidance: criterion.guidance,
          evidenceKpi: criterion.kpi ?? null,
          order: index,
          active: true,
        } as never,
        locale: 'vi',
        depth: 0,
        overrideAccess: true,
      })
      await payload.update({
        collection: CRITERIA_SLUG,
        id: doc.id,
        data: { text: criterion.en } as never,
        locale: 'en',
        depth: 0,
        overrideAccess: true,
      })
      ids.set(criterion.code, doc.id)
    }
  } else {
    const { docs } = await payload.find({
      collection: CRITERIA_SLUG,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Array<{ id: number | string; code: string }>)
      ids.set(doc.code, doc.id)
  }

  const year = Number(vietnamDay(now).slice(0, 4))
  const already = await payload.count({
    collection: ASSESSMENTS_SLUG,
    where: { year: { equals: year } },
    overrideAccess: true,
  })
  if (already.totalDocs === 0) {
    const answers = Object.entries(DRAFT_POINTS).flatMap(([code, answer]) => {
      const criterion = ids.get(code)
      return criterion === undefined ? [] : [{ criterion, ...answer }]
    })
    await payload.create({
      collection: ASSESSMENTS_SLUG,
      data: { year, status: 'draft', answers } as never,
      depth: 0,
      overrideAccess: true,
      // Computed before the create's transaction, as the REST create does.
      context: { [KPI_TEXTS_CONTEXT]: await loadKpiTexts(payload, year) },
    })
  }
  return existing.totalDocs === 0 ? DEFAULT_CRITERIA.length : 0
}
