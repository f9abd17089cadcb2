import type { PayloadRequest } from 'payload'

import { AI_PROVENANCE_SLUG } from '../../collections/AiProvenance'

export type ProvenanceDoc = {
  id: number | string
  story: number | string
  field: string
  locale: string
  task: string
  kind: 'text' | 'tags'
  aiText?: string | null
  survivingChars?: number | null
  fieldChars?: number | null
  tags?: Array<{ kind: string; ref?: number | string }> | null
  tagsSurviving?: number | null
}

/** The provenance records of some stories, read inside the caller's transaction. */
export async function loadProvenance(
  req: PayloadRequest,
  storyIds: Array<number | string>,
): Promise<ProvenanceDoc[]> {
  if (!storyIds.length) return []
  const { docs } = await req.payload.find({
    collection: AI_PROVENANCE_SLUG,
    where: { story: { in: storyIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as ProvenanceDoc[]
}
