import type { StoryText, TagOption, TaggingContext } from '../../types'
import { buildGazetteer, type Gazetteer, type PlaceInput } from './gazetteer'
import { tagOrganisations } from './organisations'
import { tagPeople } from './people'
import { tagPlaces } from './places'
import { readDoc } from './text'
import { buildTopicIndex, tagTopics, type TopicIndex } from './topics'

export { buildGazetteer, type Gazetteer, type PlaceInput } from './gazetteer'

type Prepared = { gazetteer: Gazetteer; topics: TopicIndex }

/**
 * Indexes are built once per context object: the worker tags many stories with one context. A
 * context is treated as immutable; build a new one when places or topics change.
 */
const prepared = new WeakMap<TaggingContext, Prepared>()

function prepare(context: TaggingContext): Prepared {
  let ready = prepared.get(context)
  if (!ready) {
    ready = {
      gazetteer: buildGazetteer(context.places as readonly PlaceInput[], context.homeProvinceId),
      topics: buildTopicIndex(context.topics),
    }
    prepared.set(context, ready)
  }
  return ready
}

/**
 * The built-in tagger: topics from their keywords, places from the gazetteer (each commune with
 * its province), people and organisations from how Vietnamese news names them. Pure and
 * synchronous; tags come topics first, then places, people and organisations, each best first.
 */
export function tagStory(story: StoryText, context: TaggingContext): TagOption[] {
  const { gazetteer, topics } = prepare(context)
  const doc = readDoc(story)
  const places = tagPlaces(doc, gazetteer)
  return [
    ...tagTopics(doc, topics),
    ...places.tags,
    ...tagPeople(doc, places.covered),
    ...tagOrganisations(doc, places.covered),
  ]
}
