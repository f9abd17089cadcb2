import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { Editions } from './collections/Editions'
import { Placements } from './collections/Placements'
import { refuseDeletingPublicationWithEditions } from './hooks/refuseDeletingPublicationWithEditions'
import { editionFitEndpoint } from './endpoints/editionFit'
import { editionPackageEndpoint } from './endpoints/editionPackage'
import { pageIcmlEndpoint } from './endpoints/pageIcml'
import { storyIcmlEndpoint } from './endpoints/storyIcml'
import { storyPlacementsEndpoint } from './endpoints/storyPlacements'
import { removeStoryPlacements } from './hooks/removeStoryPlacements'
import type { PrintPluginOptions } from './types'

export { EDITIONS_SLUG } from './collections/Editions'
export { PLACEMENTS_SLUG } from './collections/Placements'
export type { PrintPluginOptions } from './types'

/** Not stored: the sidebar panel reads GET /api/stories/:id/placements. */
const storyPlacementsPanel: Field = {
  name: 'printPlacements',
  type: 'ui',
  label: { vi: 'Trên báo in', en: 'In print' },
  admin: {
    position: 'sidebar',
    components: { Field: '/plugins/print/components/StoryPrintPlacements#StoryPrintPlacements' },
  },
}

/** Print editions, pages and placements with write-to-fit, ICML export and the edition package. */
export const printPlugin =
  (options: PrintPluginOptions): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug === 'publications')
        return withHooks(collection, { beforeDelete: [refuseDeletingPublicationWithEditions] })
      if (collection.slug !== 'stories') return collection
      const stories = withHooks(collection, { beforeDelete: [removeStoryPlacements] })
      return {
        ...stories,
        fields: [...stories.fields, storyPlacementsPanel],
        endpoints: [...(stories.endpoints || []), storyIcmlEndpoint, storyPlacementsEndpoint],
      }
    })
    const editions: CollectionConfig = {
      ...Editions,
      endpoints: [editionFitEndpoint, pageIcmlEndpoint, editionPackageEndpoint(options)],
    }
    return withAdminView(
      { ...config, collections: [...collections, editions, Placements] },
      {
        key: 'print',
        path: '/print',
        Component: '/plugins/print/components/PrintView#PrintView',
        title: 'Dàn trang báo in',
        navLink: '/plugins/print/components/PrintNavLink#PrintNavLink',
      },
    )
  }
