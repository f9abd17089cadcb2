'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { isRole } from '../../../src/lib/roles'
import { AI_SHARE_ROLES } from './shareRoles'

/**
 * "Tỷ lệ tin bài có AI" under the collection links, for managers, administrators and desk chiefs.
 * Uses Payload's own nav classes so it looks and marks itself active like the built-in links.
 */
export function AiNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  const role = user?.role
  if (!isRole(role) || !AI_SHARE_ROLES.includes(role)) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/ai' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">
        {i18n.language === 'en' ? 'AI share of stories' : 'Tỷ lệ tin bài có AI'}
      </span>
    </>
  )

  return (
    <div style={{ marginTop: 'var(--base)' }}>
      {pathname === href ? (
        <div className="nav__link" id="nav-ai-share" data-testid="ai-nav-link">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-ai-share" prefetch={false} data-testid="ai-nav-link">
          {label}
        </Link>
      )}
    </div>
  )
}
