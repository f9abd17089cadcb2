import { describe, expect, it } from '@jest/globals'

import { evaluateControls, securityScore, type SecuritySnapshot } from './controls'

/** The demo installation as configured: lockout, audit and strict input in force, no MFA. */
const installed: SecuritySnapshot = {
  serverURL: 'http://localhost:3000',
  csrf: ['http://localhost:3000'],
  cors: ['http://localhost:3000'],
  debug: false,
  uploadFileSizeLimit: 2 * 1024 ** 3,
  auth: {
    slug: 'users',
    maxLoginAttempts: 5,
    lockTimeMs: 15 * 60_000,
    tokenExpirationSeconds: 8 * 3600,
    secureCookies: false,
    adminsCanUnlock: true,
    fieldNames: ['email', 'fullName', 'role', 'desks', 'apiKey', 'loginAttempts', 'lockUntil'],
    hookNames: ['assignFirstUserRole'],
    roleFieldProtected: true,
  },
  audit: {
    present: true,
    appendOnly: true,
    fields: ['action', 'user', 'ip', 'userAgent', 'before', 'after'],
    loginHooks: true,
  },
  reporterCanPublish: false,
  strictInput: { covered: 30, total: 30 },
  secretFromEnv: false,
  passwordHash: { algorithm: 'PBKDF2-SHA256', iterations: 600_000 },
  beaconRateLimited: true,
}

const byKey = (snapshot: SecuritySnapshot) => new Map(evaluateControls(snapshot).map((c) => [c.key, c]))

describe('evaluateControls', () => {
  it('reports only what the installation enforces', () => {
    const controls = byKey(installed)
    const inForce = [...controls.values()].filter((c) => c.inForce).map((c) => c.key)
    expect(inForce.sort()).toEqual([
      'auditLog',
      'csrf',
      'errors',
      'input',
      'leastPrivilege',
      'lockout',
      'uploads',
    ])
    expect(controls.get('mfa')).toMatchObject({ inForce: false, found: 'chưa có xác thực đa yếu tố' })
    expect(controls.get('lockout')?.found).toBe(
      'khóa sau 5 lần sai trong 15 phút; quản trị viên được mở khóa',
    )
    expect(controls.get('session')?.found).toMatch(/8 giờ/)
    expect(controls.get('credentials')?.found).toMatch(/PBKDF2-SHA256, 600\.000 vòng/)
    expect(securityScore(evaluateControls(installed))).toEqual({ inForce: 7, total: 19 })
  })

  it('follows the configuration when it changes', () => {
    const hardened = byKey({
      ...installed,
      serverURL: 'https://toasoan.example.vn',
      secretFromEnv: true,
      auth: {
        ...installed.auth!,
        secureCookies: true,
        tokenExpirationSeconds: 900,
        fieldNames: [...installed.auth!.fieldNames, 'totpSecret'],
      },
    })
    expect(hardened.get('transport')?.inForce).toBe(true)
    expect(hardened.get('secrets')?.inForce).toBe(true)
    expect(hardened.get('session')?.inForce).toBe(true)
    expect(hardened.get('mfa')?.inForce).toBe(true)
  })

  it('never counts a control whose enforcement is missing or loosened', () => {
    const loose = byKey({
      ...installed,
      debug: true,
      cors: '*',
      reporterCanPublish: true,
      strictInput: { covered: 29, total: 30 },
      audit: { ...installed.audit, appendOnly: false },
      auth: { ...installed.auth!, maxLoginAttempts: 0 },
    })
    for (const key of ['errors', 'csrf', 'leastPrivilege', 'input', 'auditLog', 'lockout'])
      expect(loose.get(key)?.inForce).toBe(false)
    expect(byKey({ ...installed, auth: null }).get('lockout')?.inForce).toBe(false)
  })
})
