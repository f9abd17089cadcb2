import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import type { RouteMount } from '../distribution'
import { defineJobs } from '../jobs'
import { EpaperPages } from './collections/EpaperPages'
import { Subscribers } from './collections/Subscribers'
import { publishEpaperEndpoint } from './endpoints/publishEpaper'
import { uploadEpaperEndpoint } from './endpoints/uploadEpaper'
import { editionEpaperFields } from './fields'
import { removeEditionFiles, removeEditionPages } from './hooks/removeEditionEpaper'
import { rasteriseEpaperJob } from './jobs/rasteriseEpaper'
import { mountReader } from './routes/reader'
import { EDITIONS_SLUG, type EpaperPluginOptions } from './types'

export type { EpaperPluginOptions } from './types'
export { EPAPER_PAGES_SLUG, SUBSCRIBERS_SLUG } from './types'

/**
 * The e-paper: the printed PDF of an edition (or one PDF per page) becomes page images in three
 * widths, with article zones proposed by matching the PDF's text to the edition's stories and
 * corrected in the admin (/admin/epaper); the public mobile reader at /epaper shows them, free or
 * for subscribers. Needs the jobs, media and print plugins before it.
 */
export const epaperPlugin =
  (options: EpaperPluginOptions): Plugin =>
  (config: Config): Config => {
    let foundEditions = false
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug !== EDITIONS_SLUG) return collection
      foundEditions = true
      const editions = withHooks(collection, {
        beforeDelete: [removeEditionPages],
        afterDelete: [removeEditionFiles],
      })
      return {
        ...editions,
        fields: [...editions.fields, ...editionEpaperFields],
        endpoints: [...(editions.endpoints || []), uploadEpaperEndpoint, publishEpaperEndpoint],
      }
    })
    if (!foundEditions)
      throw new Error('The e-paper plugin needs the `editions` collection (print plugin first).')
    const mount: RouteMount = (app, payload) => mountReader(app, payload, options.access)
    const custom = config.custom as { routes?: RouteMount[] } | undefined
    const next: Config = withAdminView(
      {
        ...config,
        collections: [...collections, EpaperPages, Subscribers],
        custom: { ...config.custom, routes: [...(custom?.routes ?? []), mount] },
      },
      {
        key: 'epaper',
        path: '/epaper',
        Component: '/plugins/epaper/components/EpaperView#EpaperView',
        title: 'Báo in điện tử',
        navLink: '/plugins/epaper/components/EpaperNavLink#EpaperNavLink',
      },
    )
    defineJobs(next, [rasteriseEpaperJob as never])
    return next
  }
