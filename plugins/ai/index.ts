import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import type { AiSettings } from '../../src/config/aiSettings'
import { withHooks } from '../../src/lib/withHooks'
import { defineJobs } from '../jobs/lib/registry'
import { AiCalls } from './collections/AiCalls'
import { AiProvenance } from './collections/AiProvenance'
import { AI_SUGGESTIONS_SLUG, AiSuggestions } from './collections/AiSuggestions'
import { aiShareEndpoint, aiShareStoriesEndpoint } from './endpoints/aiShare'
import { aiStatusEndpoint } from './endpoints/aiStatus'
import { acceptSuggestion, rejectSuggestion } from './endpoints/decideSuggestion'
import { assistantTab, storyAiFields } from './fields'
import { copyProvenanceToDuplicate } from './hooks/copyProvenanceToDuplicate'
import { enqueueSuggestion } from './hooks/enqueueSuggestion'
import { measureAiShare } from './hooks/measureAiShare'
import { noteDuplicateSource } from './hooks/noteDuplicateSource'
import { removeAiRecords } from './hooks/removeAiRecords'
import { requireAiReview } from './hooks/requireAiReview'
import { updateProvenanceMeasures } from './hooks/updateProvenanceMeasures'
import { validateSuggestionRequest } from './hooks/validateSuggestionRequest'
import { runSuggestionJob } from './jobs/runSuggestion'
import { createAiRuntime } from './lib/runtime'

export type AiPluginOptions = {
  settings: AiSettings
  /** Radio read rate (syllables per minute) used to fit scripts to their target length. */
  readRate: number
}

/** The story editor gets the assistant as one more tab; the measures and review in the sidebar. */
function withAiFields(stories: CollectionConfig, settings: AiSettings): CollectionConfig {
  const fields: Field[] = stories.fields.map((field) =>
    field.type === 'tabs' ? { ...field, tabs: [...field.tabs, assistantTab as never] } : field,
  )
  return { ...stories, fields: [...fields, ...storyAiFields(settings)] }
}

/**
 * AI-assisted drafting and tagging: suggestions run as jobs on a remote OpenAI-compatible model or
 * the built-in local provider; people accept, edit or reject them; what they accept is recorded
 * as provenance, measured against the final text on every save, and summed into the AI-share
 * figure. Nothing with AI content is published before an editor has approved it.
 */
export const aiPlugin =
  (options: AiPluginOptions): Plugin =>
  (config: Config): Config => {
    const locales = config.localization
      ? config.localization.locales.map((l) => (typeof l === 'string' ? l : l.code))
      : ['vi']
    const runtime = createAiRuntime(options.settings, locales, options.readRate)
    defineJobs(config, [runSuggestionJob(runtime) as never])

    const suggestions = withHooks(
      { ...AiSuggestions, endpoints: [acceptSuggestion, rejectSuggestion] },
      { beforeChange: [validateSuggestionRequest(runtime)], afterChange: [enqueueSuggestion] },
    )
    const collections = (config.collections ?? []).map((collection) =>
      collection.slug === 'stories'
        ? withHooks(withAiFields(collection, options.settings), {
            beforeOperation: [noteDuplicateSource],
            beforeChange: [measureAiShare(runtime), requireAiReview],
            afterChange: [updateProvenanceMeasures, copyProvenanceToDuplicate],
            beforeDelete: [removeAiRecords],
          })
        : collection,
    )
    if (!collections.some((c) => c.slug === 'stories'))
      throw new Error('The AI plugin needs the `stories` collection.')

    return withAdminView(
      {
        ...config,
        collections: [...collections, suggestions, AiProvenance, AiCalls],
        endpoints: [
          ...(config.endpoints ?? []),
          aiStatusEndpoint(runtime),
          aiShareEndpoint(runtime),
          aiShareStoriesEndpoint(runtime),
        ],
      },
      {
        key: 'aiShare',
        path: '/ai',
        Component: '/plugins/ai/components/AiShareView#AiShareView',
        title: 'Tỷ lệ tin bài có AI',
        navLink: '/plugins/ai/components/AiNavLink#AiNavLink',
      },
    )
  }

export { AI_SUGGESTIONS_SLUG }
