/**
 * The level-3 (cấp độ 3) application controls of /work/shared/context/security.md, judged
 * against what this installation actually enforces (pure: the facts come from snapshot.ts).
 * A control is in force only when code or configuration enforces it; "configured elsewhere"
 * (a reverse proxy, an operator's backups) is reported as not verifiable, never as in force.
 */

export type SecuritySnapshot = {
  serverURL: string
  csrf: readonly string[]
  cors: readonly string[] | '*' | 'none'
  debug: boolean
  uploadFileSizeLimit: number | null
  auth: {
    slug: string
    maxLoginAttempts: number
    lockTimeMs: number
    tokenExpirationSeconds: number
    secureCookies: boolean
    adminsCanUnlock: boolean
    /** Field names on the users collection (password history, MFA secrets … would show here). */
    fieldNames: readonly string[]
    /** Names of the users collection's validate/change hooks. */
    hookNames: readonly string[]
    roleFieldProtected: boolean
  } | null
  audit: {
    present: boolean
    appendOnly: boolean
    fields: readonly string[]
    loginHooks: boolean
  }
  reporterCanPublish: boolean
  strictInput: { covered: number; total: number }
  secretFromEnv: boolean
  passwordHash: { algorithm: string; iterations: number }
  beaconRateLimited: boolean
}

export type SecurityControl = {
  key: string
  label: string
  requirement: string
  inForce: boolean
  found: string
  source: string
}

const minutes = (ms: number) => Math.round(ms / 60_000)
const hours = (seconds: number) => seconds / 3600
const has = (names: readonly string[], pattern: RegExp) => names.some((name) => pattern.test(name))

/** Every control, in the order of the level-3 table, with what was found and where. */
export function evaluateControls(s: SecuritySnapshot): SecurityControl[] {
  const auth = s.auth
  const users = auth ? `bộ sưu tập "${auth.slug}"` : 'không có bộ sưu tập đăng nhập'
  const fields = auth?.fieldNames ?? []
  const hookNames = auth?.hookNames ?? []
  const passwordPolicy = has(hookNames, /password|matkhau/i)
  const history = has(fields, /passwordHistory|previousPasswords/i)
  const forcedChange = has(fields, /passwordChangedAt|mustChangePassword/i)
  const mfa = has(fields, /totp|mfa|twoFactor|otp/i)
  const dormant = has(fields, /lastLogin/i) && has(hookNames, /dormant|inactive/i)
  const https = /^https:\/\//i.test(s.serverURL)
  return [
    {
      key: 'passwordPolicy',
      label: 'Chính sách mật khẩu',
      requirement: '≥ 14 ký tự, đủ 4 nhóm ký tự (hoặc ≥ 8 kèm MFA); kiểm tra độ mạnh',
      inForce: passwordPolicy,
      found: passwordPolicy
        ? 'có hook kiểm tra mật khẩu trên người dùng'
        : 'Payload chỉ đòi tối thiểu 3 ký tự; không có hook kiểm tra độ mạnh (mật khẩu mẫu đạt chuẩn chỉ được kiểm tra khi gieo dữ liệu)',
      source: `${users}: hooks beforeValidate/beforeChange; node_modules/payload/dist/fields/validations.js (password)`,
    },
    {
      key: 'passwordHistory',
      label: 'Không dùng lại 10 mật khẩu gần nhất',
      requirement: 'lưu lịch sử băm mật khẩu và từ chối dùng lại',
      inForce: history,
      found: history ? 'có trường lịch sử mật khẩu' : 'không lưu lịch sử mật khẩu',
      source: `${users}: các trường`,
    },
    {
      key: 'passwordChange',
      label: 'Buộc đổi mật khẩu',
      requirement: 'đổi khi đăng nhập lần đầu; quản trị viên 60 ngày/lần',
      inForce: forcedChange,
      found: forcedChange ? 'có trường ngày đổi mật khẩu' : 'không có cơ chế buộc đổi mật khẩu',
      source: `${users}: các trường`,
    },
    {
      key: 'lockout',
      label: 'Khóa tài khoản khi đăng nhập sai',
      requirement: 'khóa sau 5 lần sai; mở bằng thời gian hoặc quản trị viên',
      inForce: Boolean(
        auth &&
          auth.maxLoginAttempts > 0 &&
          auth.maxLoginAttempts <= 5 &&
          auth.lockTimeMs > 0 &&
          auth.adminsCanUnlock,
      ),
      found: auth
        ? `khóa sau ${auth.maxLoginAttempts} lần sai trong ${minutes(auth.lockTimeMs)} phút; quản trị viên ${auth.adminsCanUnlock ? 'được' : 'không được'} mở khóa`
        : 'không có đăng nhập',
      source: `${users}: auth.maxLoginAttempts, auth.lockTime, access.unlock (collections/Users/index.ts)`,
    },
    {
      key: 'mfa',
      label: 'Xác thực đa yếu tố (MFA) cho quản trị',
      requirement: 'bắt buộc TOTP với quản trị viên',
      inForce: mfa,
      found: mfa ? 'có trường bí mật TOTP/MFA' : 'chưa có xác thực đa yếu tố',
      source: `${users}: các trường, chiến lược xác thực`,
    },
    {
      key: 'session',
      label: 'Hết phiên khi không hoạt động',
      requirement: '15 phút với nhân sự, 5 phút với phiên quản trị',
      inForce: Boolean(auth && auth.tokenExpirationSeconds <= 15 * 60),
      found: auth
        ? `phiên (JWT) hết hạn sau ${hours(auth.tokenExpirationSeconds).toLocaleString('vi-VN')} giờ, không phân biệt quản trị`
        : 'không có đăng nhập',
      source: `${users}: auth.tokenExpiration (collections/Users/index.ts)`,
    },
    {
      key: 'dormantAccounts',
      label: 'Vô hiệu tài khoản không dùng',
      requirement: 'khóa sau 45 ngày không đăng nhập',
      inForce: dormant,
      found: dormant
        ? 'có theo dõi lần đăng nhập cuối và khóa tự động'
        : 'không theo dõi tài khoản không hoạt động',
      source: `${users}: các trường, tác vụ nền`,
    },
    {
      key: 'leastPrivilege',
      label: 'Phân quyền tối thiểu',
      requirement: 'phân quyền theo vai trò, đến từng trường khi cần; phóng viên không được xuất bản',
      inForce: Boolean(auth?.roleFieldProtected) && !s.reporterCanPublish,
      found: `vai trò trên người dùng${auth?.roleFieldProtected ? ', chỉ quản trị viên đổi được vai trò' : ''}; phóng viên ${s.reporterCanPublish ? 'ĐƯỢC' : 'không được'} xuất bản`,
      source: 'src/access/*.ts; bảng chuyển trạng thái src/lib/workflow.ts (checkTransition)',
    },
    {
      key: 'auditLog',
      label: 'Nhật ký hệ thống',
      requirement:
        'ai, làm gì, khi nào, từ đâu (IP, trình duyệt), trước/sau; đăng nhập, đăng xuất, lỗi; chỉ ghi thêm; lưu ≥ 3 tháng',
      inForce:
        s.audit.present &&
        s.audit.appendOnly &&
        s.audit.loginHooks &&
        ['ip', 'userAgent', 'before', 'after'].every((f) => s.audit.fields.includes(f)),
      found: s.audit.present
        ? `có nhật ký${s.audit.appendOnly ? ', không ai sửa/xóa được qua API' : ', CÓ THỂ sửa/xóa'}; trường: ${s.audit.fields.join(', ')}; ghi đăng nhập/đăng xuất/lỗi: ${s.audit.loginHooks ? 'có' : 'không'}; không tự xóa bản ghi cũ (lưu vô thời hạn)`
        : 'không có nhật ký hệ thống',
      source: 'plugins/audit (bộ sưu tập audit-log, access create/update/delete)',
    },
    {
      key: 'credentials',
      label: 'Lưu mật khẩu an toàn',
      requirement: 'băm mạnh: argon2id hoặc PBKDF2/SHA-512',
      inForce: /argon2id|sha-?512/i.test(s.passwordHash.algorithm),
      found: `${s.passwordHash.algorithm}, ${s.passwordHash.iterations.toLocaleString('vi-VN')} vòng (mạnh theo OWASP nhưng không phải thuật toán yêu cầu)`,
      source: 'node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js',
    },
    {
      key: 'secrets',
      label: 'Bí mật lấy từ biến môi trường',
      requirement: 'khóa bí mật chỉ lấy từ môi trường, không nằm trong mã nguồn',
      inForce: s.secretFromEnv,
      found: s.secretFromEnv
        ? 'PAYLOAD_SECRET đặt qua biến môi trường (≥ 32 ký tự)'
        : 'PAYLOAD_SECRET không có trong môi trường tiến trình: khóa được sinh tự động và lưu trong thư mục dữ liệu',
      source: 'src/config/settings.ts (PAYLOAD_SECRET)',
    },
    {
      key: 'transport',
      label: 'Mã hóa đường truyền',
      requirement: 'TLS tại reverse proxy; cookie secure; HSTS',
      inForce: https && Boolean(auth?.secureCookies),
      found: `SERVER_URL ${https ? 'dùng https' : 'không dùng https'} (${s.serverURL}); cookie ${auth?.secureCookies ? 'secure' : 'không đặt secure'}; HSTS do reverse proxy đặt, ứng dụng không kiểm tra được`,
      source: 'SERVER_URL; auth.cookies.secure',
    },
    {
      key: 'csrf',
      label: 'Chống CSRF, giới hạn CORS',
      requirement: 'chỉ chấp nhận cookie từ nguồn của hệ thống',
      inForce: s.csrf.length > 0 && s.cors !== '*',
      found: `csrf: ${s.csrf.join(', ') || 'không đặt'}; cors: ${Array.isArray(s.cors) ? s.cors.join(', ') : s.cors}`,
      source: 'src/config/buildNewsroomConfig.ts (csrf, cors)',
    },
    {
      key: 'input',
      label: 'Kiểm tra dữ liệu đầu vào',
      requirement: 'kiểm tra mọi điểm nhận dữ liệu; chống injection, XSS, path traversal',
      inForce: s.strictInput.total > 0 && s.strictInput.covered === s.strictInput.total,
      found: `lớp kiểm tra đầu vào chặt (strict-input) trên ${s.strictInput.covered}/${s.strictInput.total} bộ sưu tập; truy vấn qua ORM/tham số`,
      source: 'plugins/strict-input',
    },
    {
      key: 'uploads',
      label: 'Giới hạn tệp tải lên',
      requirement: 'từ chối tệp quá lớn hoặc hỏng (kể cả bom giải nén ảnh)',
      inForce: s.uploadFileSizeLimit !== null && Number.isFinite(s.uploadFileSizeLimit),
      found:
        s.uploadFileSizeLimit !== null
          ? `tối đa ${(s.uploadFileSizeLimit / 1024 ** 2).toLocaleString('vi-VN')} MB mỗi tệp; ảnh quá MAX_IMAGE_PIXELS bị từ chối trước khi giải mã`
          : 'không giới hạn kích thước tệp',
      source: 'upload.limits.fileSize (MAX_UPLOAD_BYTES); plugins/media (MAX_IMAGE_PIXELS)',
    },
    {
      key: 'errors',
      label: 'Thông báo lỗi có kiểm soát',
      requirement: 'không trả stack trace cho người dùng',
      inForce: !s.debug,
      found: s.debug
        ? 'config.debug bật: lỗi có chi tiết'
        : 'config.debug tắt; lỗi máy chủ trả thông báo cố định',
      source: 'config.debug; src/server/createApp.ts (trình xử lý lỗi cuối)',
    },
    {
      key: 'adminAllowList',
      label: 'Giới hạn IP cho quản trị',
      requirement: 'danh sách IP được phép cho vai trò quản trị (tùy chọn)',
      inForce: false,
      found: 'chưa có danh sách IP cho phép',
      source: 'src/server/createApp.ts',
    },
    {
      key: 'backups',
      label: 'Sao lưu tự động, kiểm tra khôi phục',
      requirement: 'sao lưu CSDL và media tự động, khôi phục kiểm chứng được (3-2-1)',
      inForce: false,
      found:
        'ứng dụng không tự sao lưu; hướng dẫn sao lưu ổ dữ liệu ở docker/README.md do người vận hành làm',
      source: 'docker/README.md',
    },
    {
      key: 'rateLimits',
      label: 'Giới hạn tần suất',
      requirement: 'đăng nhập, API công khai, tiếp nhận phản ánh',
      inForce: false,
      found: `không giới hạn tần suất theo địa chỉ cho đăng nhập và API công khai (chỉ khóa tài khoản)${s.beaconRateLimited ? '; beacon khán giả có giới hạn' : ''}`,
      source: 'src/server/createApp.ts; plugins/audience (beacon)',
    },
  ]
}

/** Share of controls in force (percent) and the counts behind it. */
export function securityScore(controls: readonly SecurityControl[]): { inForce: number; total: number } {
  return { inForce: controls.filter((c) => c.inForce).length, total: controls.length }
}
