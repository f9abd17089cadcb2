'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { COMPLIANCE_READERS } from '../../../src/access/airtime'
import { isRole } from '../../../src/lib/roles'

/** "Tuân thủ thời lượng" under the collection links, for those who may read the report. */
export function AirtimeNavLink() {
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()

  const role = user?.role
  if (!isRole(role) || !COMPLIANCE_READERS.includes(role)) return null

  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/airtime' })
  const active = pathname === href || pathname?.startsWith(`${href}/`)
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">
        {i18n.language === 'en' ? 'Airtime compliance' : 'Tuân thủ thời lượng'}
      </span>
    </>
  )
  return pathname === href ? (
    <div className="nav__link" id="nav-airtime" data-testid="airtime-nav-link">
      {label}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-airtime" prefetch={false} data-testid="airtime-nav-link">
      {label}
    </Link>
  )
}
