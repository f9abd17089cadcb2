'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { EPAPER_ROLES } from './api'

/** "Báo in điện tử" under the collection links, for editors and above. */
export function EpaperNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  if (!(EPAPER_ROLES as readonly string[]).includes(user?.role ?? '')) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/epaper' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{i18n.language === 'en' ? 'E-paper' : 'Báo in điện tử'}</span>
    </>
  )
  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" id="nav-epaper" data-testid="epaper-nav-link">
          {label}
        </div>
      ) : (
        <Link
          className="nav__link"
          href={href}
          id="nav-epaper"
          prefetch={false}
          data-testid="epaper-nav-link"
        >
          {label}
        </Link>
      )}
    </div>
  )
}
