'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { PRINT_READER_ROLES } from '../lib/printRoles'
import { isRole } from '../../../src/lib/roles'

/** "Báo in" under the collection links, for newsroom staff, styled like Payload's own nav links. */
export function PrintNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  const role = user?.role
  if (!isRole(role) || !PRINT_READER_ROLES.includes(role)) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/print' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{i18n.language === 'en' ? 'Print' : 'Báo in'}</span>
    </>
  )
  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" id="nav-print" data-testid="print-nav-link">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-print" prefetch={false} data-testid="print-nav-link">
          {label}
        </Link>
      )}
    </div>
  )
}
