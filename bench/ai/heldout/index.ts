/**
 * Held-out evaluation set for the local tagger: 30 Vietnamese news texts written for this
 * benchmark after the tagger existed, by someone who had not read the tagger's code or its
 * README, and labelled before the tagger was run on them. The main corpus (../corpus) may have
 * been in view while the tagger was tuned; these texts were not, so their figures are the
 * unbiased estimate. Do not tune the tagger against them: once a text has driven a change, it
 * belongs in the main corpus and the held-out set needs a fresh one.
 *
 * Same data shape and labelling policy as the main corpus (../corpus/index.ts heads the policy).
 * Names of people, companies and figures are invented. Mix: 20 texts set in Hưng Yên (ho-01–20;
 * communes written with and without "xã"/"phường"; ho-03, ho-12 and ho-13 never name the
 * province), 6 in other provinces (ho-21–26; ho-21 and ho-25 only through former provinces), 4
 * with no administrative place (ho-27–30). Traps at a natural rate: a school and streets named
 * after people who give their names to communes (ho-06, ho-15, ho-23), people who share a
 * commune's name (ho-09, ho-10, ho-18, ho-29), a historical region and state that spell a unit's
 * name (ho-16 "xứ Sơn Nam", ho-30 "Vạn Xuân"), a river mouth that spells a ward (ho-08 "cửa Trà
 * Lý"), a common word that spells a commune (ho-17 "tân tiến"), communes whose names contain
 * others' ("Nam Tiên Hưng", "Bắc Đông Quan", "Nam Thuỵ Anh"), former provinces ("Thái Bình cũ",
 * "gạo Thái Bình", "Bình Định cũ" against Xã Bình Định, "Quảng Nam cũ", "Kon Tum", "Vĩnh Phúc
 * cũ"), a former district no unit is named after ("Văn Lâm cũ"), the older tone placement
 * ("Thanh Hoá", "Thuỵ Anh").
 */
import type { LabelledText } from '../corpus/types'
import { BEYOND } from './beyond'
import { HUNG_YEN_A } from './hungYenA'
import { HUNG_YEN_B } from './hungYenB'

export const HELDOUT_TEXTS: readonly LabelledText[] = [...HUNG_YEN_A, ...HUNG_YEN_B, ...BEYOND]
