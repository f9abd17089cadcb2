'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { isRole, STAFF_ROLES } from '../../../src/lib/roles'

/**
 * "Phát hành đa nền tảng" under the collection links, for newsroom staff. Uses Payload's own nav
 * classes so it looks and marks itself active like the built-in links.
 */
export function DistributionNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  const role = user?.role
  if (!isRole(role) || !STAFF_ROLES.includes(role)) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/distribution' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">
        {i18n.language === 'en' ? 'Multi-platform distribution' : 'Phát hành đa nền tảng'}
      </span>
    </>
  )

  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" id="nav-distribution" data-testid="distribution-nav-link">
          {label}
        </div>
      ) : (
        <Link
          className="nav__link"
          href={href}
          id="nav-distribution"
          prefetch={false}
          data-testid="distribution-nav-link"
        >
          {label}
        </Link>
      )}
    </div>
  )
}
