'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

/**
 * "Hàng đợi xử lý" under the collection links, for administrators only. Uses Payload's own nav
 * classes so it looks, indents and marks itself active exactly like the built-in links.
 */
export function JobsNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  if (user?.role !== 'admin') return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/jobs' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{i18n.language === 'en' ? 'Job queues' : 'Hàng đợi xử lý'}</span>
    </>
  )

  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" id="nav-jobs" data-testid="jobs-nav-link">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-jobs" prefetch={false} data-testid="jobs-nav-link">
          {label}
        </Link>
      )}
    </div>
  )
}
