import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

import { hasRole } from '../access'
import type { Role } from '../lib/roles'

type Text = { vi: string; en: string }

export type AdminPageProps = {
  view: AdminViewServerProps
  /** The view's path under the admin route, e.g. `/jobs`. */
  path: string
  title: Text
  /** Roles that see the page; others get `forbidden` instead of a page of 403 errors. */
  roles: readonly Role[]
  forbidden: Text
  testId: string
  children: ReactNode
}

/**
 * The frame of our own admin pages. Custom root views are public in Payload and get no template,
 * so the page sends visitors to the login, wraps itself in the default template to keep the nav,
 * and shows its content only to the roles it is for (the endpoints behind it refuse others too).
 */
export function AdminPage({ view, path, title, roles, forbidden, testId, children }: AdminPageProps) {
  const { initPageResult, params, searchParams, user } = view
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { payload, i18n } = req
  const en = i18n.language === 'en'

  if (!req.user) {
    const { routes, admin } = payload.config
    const login = formatAdminURL({ adminRoute: routes.admin, path: admin.routes.login })
    redirect(
      `${login}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute: routes.admin, path: path as `/${string}` }))}`,
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
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>{en ? title.en : title.vi}</h1>
        {hasRole(req, ...roles) ? children : <p data-testid={testId}>{en ? forbidden.en : forbidden.vi}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
