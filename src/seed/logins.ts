import type { Role } from '../lib/roles'
import type { DeskCode } from './content/organisation'

export type DemoLogin = {
  /** Stable handle the seed uses for bylines and assignments. */
  key: string
  email: string
  password: string
  role: Role
  fullName: string
  title: string
  desks: DeskCode[]
  /** Only the integration account: sent as `Authorization: users API-Key <key>`. */
  apiKey?: string
}

/**
 * Demo accounts created by the seed; the README and the tests read them from here. Every
 * password meets the level-3 policy (≥ 14 characters, upper, lower, digit, symbol). They are
 * public: never seed a database that is reachable from outside.
 */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    key: 'admin',
    email: 'admin@toasoan.demo',
    password: 'ToaSoan@2026!QuanTri',
    role: 'admin',
    fullName: 'Đặng Quốc Khánh',
    title: 'Quản trị hệ thống',
    desks: [],
  },
  {
    key: 'manager',
    email: 'lanhdao@toasoan.demo',
    password: 'ToaSoan@2026!LanhDao',
    role: 'manager',
    fullName: 'Nguyễn Thị Thu Hà',
    title: 'Tổng biên tập',
    desks: ['TS', 'KT', 'VHXH', 'PT', 'TH', 'DT'],
  },
  {
    key: 'chief1',
    email: 'truongban1@toasoan.demo',
    password: 'ToaSoan@2026!TruongBan1',
    role: 'deskChief',
    fullName: 'Phạm Văn Thắng',
    title: 'Thư ký tòa soạn, Trưởng ban Thời sự',
    desks: ['TS', 'KT', 'DT'],
  },
  {
    key: 'chief2',
    email: 'truongban2@toasoan.demo',
    password: 'ToaSoan@2026!TruongBan2',
    role: 'deskChief',
    fullName: 'Vũ Thị Minh Nguyệt',
    title: 'Trưởng ban Phát thanh – Truyền hình',
    desks: ['PT', 'TH', 'VHXH'],
  },
  {
    key: 'editor1',
    email: 'bientap1@toasoan.demo',
    password: 'ToaSoan@2026!BienTap1',
    role: 'editor',
    fullName: 'Trần Đức Long',
    title: 'Biên tập viên Ban Thời sự',
    desks: ['TS', 'KT', 'DT'],
  },
  {
    key: 'editor2',
    email: 'bientap2@toasoan.demo',
    password: 'ToaSoan@2026!BienTap2',
    role: 'editor',
    fullName: 'Lê Thị Hồng Nhung',
    title: 'Biên tập viên Ban Văn hóa – Xã hội',
    desks: ['VHXH', 'PT', 'TH'],
  },
  {
    key: 'reporter1',
    email: 'phongvien1@toasoan.demo',
    password: 'ToaSoan@2026!PhongVien1',
    role: 'reporter',
    fullName: 'Hoàng Minh Tuấn',
    title: 'Phóng viên Ban Thời sự',
    desks: ['TS', 'KT'],
  },
  {
    key: 'reporter2',
    email: 'phongvien2@toasoan.demo',
    password: 'ToaSoan@2026!PhongVien2',
    role: 'reporter',
    fullName: 'Bùi Thị Lan Anh',
    title: 'Phóng viên Ban Văn hóa – Xã hội',
    desks: ['VHXH'],
  },
  {
    key: 'reporter3',
    email: 'phongvien3@toasoan.demo',
    password: 'ToaSoan@2026!PhongVien3',
    role: 'reporter',
    fullName: 'Đỗ Văn Hiếu',
    title: 'Phóng viên Ban Phát thanh – Truyền hình',
    desks: ['PT', 'TH'],
  },
  {
    key: 'reporter4',
    email: 'phongvien4@toasoan.demo',
    password: 'ToaSoan@2026!PhongVien4',
    role: 'reporter',
    fullName: 'Ngô Thanh Hương',
    title: 'Phóng viên Ban Báo điện tử',
    desks: ['DT', 'KT'],
  },
  {
    key: 'api',
    email: 'tichhop@toasoan.demo',
    password: 'ToaSoan@2026!TichHop',
    role: 'apiClient',
    fullName: 'Hệ thống thông tin nguồn tỉnh (tích hợp)',
    title: 'Tài khoản ứng dụng',
    desks: ['DT'],
    apiKey: 'demo-thong-tin-nguon-2026-khong-dung-that',
  },
]

/** The level-3 rule the demo passwords are held to (checked before seeding). */
export function meetsLevel3Policy(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length
  return password.length >= 14 && classes === 4
}
