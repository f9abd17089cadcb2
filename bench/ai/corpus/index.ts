/**
 * Evaluation corpus for the local tagger: Vietnamese news texts written for this benchmark
 * (not taken from any publication; names of people, companies and figures are invented),
 * labelled by hand before the tagger's code was read.
 *
 * Labelling policy for `places` (what a correct tagger outputs):
 * - Provinces by their official name since 1 July 2025 (src/seed/content/provinces.ts PROVINCES:
 *   'Thành phố Hồ Chí Minh', 'Huế', …); communes and wards of Hưng Yên by their official name
 *   ('Xã Quỳnh Phụ', 'Phường Phố Hiến'). Communes of other provinces are not in the gazetteer:
 *   only their province is labelled. Countries and foreign regions are never labelled.
 * - Every province or commune the text names is labelled, even in passing (a market, a
 *   visitor's home town, the end points of a named route such as "cao tốc Hà Nội – Hải Phòng").
 * - A commune or ward implies its province: 'Hưng Yên' is labelled with it.
 * - A former province ("Thái Bình cũ", "Bình Dương (cũ)", "Quảng Nam", "Hoà Bình cũ") stands
 *   for the province it became (Hưng Yên, Thành phố Hồ Chí Minh, Đà Nẵng, Phú Thọ). A bare
 *   "Thái Bình" is the former province (→ Hưng Yên); only "phường Thái Bình" is the ward.
 * - A former district or town of Hưng Yên, or a bare name without "xã"/"phường" ("nông dân
 *   Khoái Châu", "huyện Tiền Hải cũ", "khu vực Mỹ Hào – Yên Mỹ"), is the commune or ward that
 *   carries the name today. A former district whose name no unit carries ("Văn Lâm") is not.
 * - Colloquial and abbreviated names in current use count ("TP.HCM", "Sài Gòn" → Thành phố Hồ
 *   Chí Minh; "Thừa Thiên Huế" → Huế). A place name inside an organisation's name counts
 *   only because the organisation is there; every such text also names the place outright.
 * - Not places: streets, schools, hospitals and parks named after people or places ("đường Lê
 *   Lợi", "phố Điện Biên", "Trường THPT Nguyễn Trãi", "Khu chế xuất Tân Thuận"), people who
 *   share a commune's name ("Chủ tịch Hồ Chí Minh", "danh tướng Phạm Ngũ Lão"), rivers ("sông
 *   Trà Lý", "sông Thái Bình"), regions ("đồng bằng sông Hồng", "Đồng Tháp Mười") and common
 *   words that spell a commune's name ("tiên tiến", "ái quốc", "hòa bình").
 * - A name clearly in another province ("phường Ái Quốc" of Hải Phòng, "xã Tân Hưng, tỉnh Tây
 *   Ninh", "Việt Yên (Bắc Giang cũ)") is never the Hưng Yên commune of that name.
 *
 * `topics`: 0–3 slugs of the seed taxonomy (src/seed/content/organisation.ts TOPICS) that an
 * editor would file the story under; passing mentions (a stall of OCOP products at a festival)
 * do not count. `people`: named persons, historical figures included, when mentioned as persons.
 * `organisations`: named enterprises, cooperatives, hospitals, schools, museums, clubs,
 * associations and funds; state bodies (ministries, departments, people's committees, police)
 * are left out. Both are informative only (not part of the goal).
 *
 * Spelling: every text is NFC with correct diacritics; three use the older tone placement
 * ("Thái Thuỵ", "Hoà Bình", "Khánh Hoà").
 */
import { CHUYEN_DOI_SO } from './chuyenDoiSo'
import { GIAO_DUC } from './giaoDuc'
import { GIAO_THONG } from './giaoThong'
import { KHU_CONG_NGHIEP } from './khuCongNghiep'
import { KINH_TE } from './kinhTe'
import { KINH_TE_BIEN } from './kinhTeBien'
import { NONG_NGHIEP } from './nongNghiep'
import { THIEN_TAI } from './thienTai'
import { THOI_SU } from './thoiSu'
import { THONG_TIN_CO_SO } from './thongTinCoSo'
import type { LabelledText } from './types'
import { VAN_HOA } from './vanHoa'
import { XA_HOI } from './xaHoi'
import { Y_TE } from './yTe'

export type { LabelledText } from './types'

export const CORPUS: readonly LabelledText[] = [
  ...THOI_SU,
  ...KINH_TE,
  ...KHU_CONG_NGHIEP,
  ...NONG_NGHIEP,
  ...XA_HOI,
  ...Y_TE,
  ...GIAO_DUC,
  ...GIAO_THONG,
  ...THIEN_TAI,
  ...VAN_HOA,
  ...CHUYEN_DOI_SO,
  ...THONG_TIN_CO_SO,
  ...KINH_TE_BIEN,
]
