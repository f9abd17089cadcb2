'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { isRole, type Role } from '../lib/roles'

export type AdminNavLinkProps = {
  /** The view's path under the admin route, e.g. `/planning`. */
  path: `/${string}`
  /** Element id (`nav-<name>`) and test id (`<name>-nav-link`) stem. */
  name: string
  label: { vi: string; en: string }
  /** Roles that see the link; the view itself checks access again. */
  roles: readonly Role[]
}

/**
 * One of our admin pages under the collection links, for the roles that may open it. Uses
 * Payload's own nav classes so it looks and marks itself active like the built-in links.
 */
export function AdminNavLink({ path, name, label, roles }: AdminNavLinkProps) {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  const role = user?.role
  if (!isRole(role) || !roles.includes(role)) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const content = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{i18n.language === 'en' ? label.en : label.vi}</span>
    </>
  )
  const ids = { id: `nav-${name}`, 'data-testid': `${name}-nav-link` }

  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" {...ids}>
          {content}
        </div>
      ) : (
        <Link className="nav__link" href={href} prefetch={false} {...ids}>
          {content}
        </Link>
      )}
    </div>
  )
}
