import type { Config } from 'payload'

export type AdminViewOptions = {
  /** Key of the view in Payload's `admin.components.views`. */
  key: string
  path: `/${string}`
  /** Import-map path of the server view component (`/plugins/x/components/View#View`). */
  Component: string
  title: string
  /** Import-map path of the nav link shown under the collections. */
  navLink: string
}

/** Adds one of our admin pages and its nav link to a config, keeping what other plugins added. */
export function withAdminView(
  config: Config,
  { key, path, Component, title, navLink }: AdminViewOptions,
): Config {
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), navLink],
        views: { ...config.admin?.components?.views, [key]: { Component, path, meta: { title } } },
      },
    },
  }
}
