import type { Config, Plugin } from 'payload'

import { answerNotFound } from './hooks/answerNotFound'
import { withStrictFields } from './lib/withStrictFields'
import type { StrictInputOptions } from './types'

export type { StrictInputOptions } from './types'

/**
 * Input hardening for every collection: wrong JSON types and unknown related ids are refused
 * with a 400 and a message naming the field; unknown ids in the URL answer 404. Runs last so
 * it also covers collections other plugins added.
 */
export const strictInputPlugin =
  (options: StrictInputOptions = {}): Plugin =>
  (config: Config): Config => {
    const excluded = new Set(options.excludeCollections ?? [])
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (excluded.has(collection.slug)) return collection
        const hooks = collection.hooks ?? {}
        return {
          ...collection,
          fields: withStrictFields(collection.fields),
          hooks: { ...hooks, beforeOperation: [answerNotFound, ...(hooks.beforeOperation ?? [])] },
        }
      }),
    }
  }
