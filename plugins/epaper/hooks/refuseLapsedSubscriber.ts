import type { CollectionBeforeLoginHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { subscriptionProblem } from '../lib/readerAccess'

/**
 * A subscriber whose subscription has ended (or whose account the agency locked) is told so at
 * login, with the date, instead of getting a session the reader would refuse page by page.
 */
export const refuseLapsedSubscriber: CollectionBeforeLoginHook = ({ user }) => {
  const problem = subscriptionProblem(user as { active?: boolean; validUntil?: string | null }, new Date())
  if (problem) throw httpError(problem.status, problem.message)
  return user
}
