'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { isRole, STAFF_ROLES } from '../../../src/lib/roles'

/** "Kế hoạch" under the collection links, for newsroom staff, styled like Payload's own links. */
export function PlanningNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  const role = user?.role
  if (!isRole(role) || !STAFF_ROLES.includes(role)) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/planning' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{i18n.language === 'en' ? 'Planning' : 'Kế hoạch'}</span>
    </>
  )

  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" id="nav-planning" data-testid="planning-nav-link">
          {label}
        </div>
      ) : (
        <Link
          className="nav__link"
          href={href}
          id="nav-planning"
          prefetch={false}
          data-testid="planning-nav-link"
        >
          {label}
        </Link>
      )}
    </div>
  )
}
