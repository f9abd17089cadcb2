import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '../../../src/access'
import { JobsDashboard } from './JobsDashboard'

/**
 * `/admin/jobs`: queue counts and failed jobs for administrators. Custom root views are public in
 * Payload and get no template, so this view checks the user itself and wraps itself in the default
 * template to keep the nav.
 */
export function JobsView({ initPageResult, params, searchParams, user }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { payload, i18n } = req
  const en = i18n.language === 'en'

  if (!req.user) {
    const { routes, admin } = payload.config
    const login = formatAdminURL({ adminRoute: routes.admin, path: admin.routes.login })
    redirect(
      `${login}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute: routes.admin, path: '/jobs' }))}`,
    )
  }

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      // The read-access-filtered user, as Payload's own views hand to the template; the check uses req.user.
      user={user}
      // Fresh arrays: React 19 rejects the frozen ones from initPageResult when they reach the client.
      visibleEntities={{
        collections: [...visibleEntities.collections],
        globals: [...visibleEntities.globals],
      }}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>
          {en ? 'Job queues' : 'Hàng đợi xử lý'}
        </h1>
        {/* The endpoints refuse non-admins too; this only spares them a page of 403 errors. */}
        {hasRole(req, 'admin') ? (
          <JobsDashboard />
        ) : (
          <p data-testid="jobs-forbidden">
            {en
              ? 'Only administrators can view and control the job queues.'
              : 'Chỉ quản trị viên được xem và điều khiển hàng đợi xử lý.'}
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
