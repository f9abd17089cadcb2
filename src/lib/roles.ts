export const ROLES = ['reporter', 'editor', 'deskChief', 'manager', 'admin', 'apiClient'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  deskChief: { vi: 'Trưởng ban / Thư ký tòa soạn', en: 'Desk chief' },
  manager: { vi: 'Lãnh đạo', en: 'Manager' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  apiClient: { vi: 'Ứng dụng tích hợp (API)', en: 'API client' },
}

/** Roles of people working in the newsroom (everyone but machine clients). */
export const STAFF_ROLES: readonly Role[] = ['reporter', 'editor', 'deskChief', 'manager', 'admin']

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
