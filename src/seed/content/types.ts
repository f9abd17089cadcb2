import type { WorkflowState } from '../../lib/workflow'
import type { DeskCode, PublicationCode } from './organisation'

export type Contribution = 'writer' | 'photographer' | 'camera' | 'editor' | 'translator'

/**
 * One demo story as written by hand. People are named by their DEMO_LOGINS key, places by
 * name, images by key, taxonomy by slug; the seeder resolves them to ids. Times are hours
 * relative to the moment of seeding, so a fresh seed always looks current.
 */
export type StorySeed = {
  key: string
  desk: DeskCode
  section: string
  topics?: string[]
  places?: string[]
  state: WorkflowState
  headline: string
  standfirst?: string
  /** Paragraphs; "## " starts a subheading. */
  body: string[]
  bylines?: Array<{ user?: string; name?: string; role?: Contribution }>
  createdBy?: string
  assignee?: string
  channels?: PublicationCode[]
  image?: string
  assets?: string[]
  /** Published, corrected and killed stories: when they first went out. */
  hoursAgo?: number
  /** Scheduled stories: when the scheduler will publish them. */
  scheduledInHours?: number
  web?: { headline?: string; seoDescription?: string }
  print?: { headline?: string; plannedLength?: number }
  radio?: { script: string; targetSeconds?: number }
  tv?: { script: string; shotList?: string; targetSeconds?: number }
  social?: { text: string; hashtags?: string }
  /** Applied in order after publishing; each becomes an entry in the correction history. */
  corrections?: string[]
  /** Set on a story that was published and then taken down. */
  killReason?: string
}

/** The English edition of a published story (locale 'en'). */
export type StoryTranslation = {
  key: string
  headline: string
  standfirst: string
  body: string[]
  seoDescription?: string
  social?: string
}
