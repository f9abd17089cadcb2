import type { Payload } from 'payload'

import { toPublicStory } from './publicStory'
import type { DistributionRuntime } from './runtime'
import type { PublicStory } from '../types'
import { ifNotFound } from './deliveryRecords'

export type StoryDoc = Record<string, unknown> & { id: number | string }

/** The story with its relations (section, desk, publications, media, places…) in one locale. */
export async function loadStoryDoc(
  payload: Payload,
  id: number | string,
  locale: string,
): Promise<StoryDoc | undefined> {
  try {
    return (await payload.findByID({
      collection: 'stories',
      id,
      depth: 1,
      locale: locale as never,
      // A target in English gets the English version or nothing: never Vietnamese under an English label.
      fallbackLocale: (locale === 'vi' ? 'vi' : false) as never,
      overrideAccess: true,
    })) as unknown as StoryDoc
  } catch (error) {
    return ifNotFound(error)
  }
}

export async function loadPublicStory(
  payload: Payload,
  runtime: DistributionRuntime,
  id: number | string,
  locale: string,
): Promise<PublicStory | undefined> {
  const doc = await loadStoryDoc(payload, id, locale)
  return doc ? toPublicStory(doc, { locale, siteURL: runtime.siteURL }) : undefined
}
