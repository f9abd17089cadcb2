/**
 * Access rules of the planning plugin (plan items and assignments). Desk chiefs and editors plan
 * for their own desks, as they edit their desks' stories (canUpdateStories); managers and admins
 * plan for every desk; reporters read the budget and move their own assignments along.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { RelationId } from '../lib/relationId'
import { deskIdsOf, hasRole } from './index'

type UserLike = { id: number | string; role?: unknown; desks?: unknown } | null | undefined

const PLANNERS = ['editor', 'deskChief', 'manager', 'admin'] as const

/** Newsroom staff read the budget; API clients and the public do not. */
export const isStaffField: FieldAccess = ({ req }) =>
  hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin')

export const canCreatePlanning: Access = ({ req }) => hasRole(req, ...PLANNERS)

/** `where` on the desk path, or false for a desk-scoped role without desks. */
function ownDesks(req: PayloadRequest, path: string): Where | false {
  const desks = deskIdsOf(req.user as UserLike)
  return desks.length ? { [path]: { in: desks } } : false
}

export const canUpdatePlanItems: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'manager')) return true
  if (hasRole(req, 'editor', 'deskChief')) return ownDesks(req, 'desk')
  return false
}

export const canDeletePlanItems: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'manager')) return true
  if (hasRole(req, 'deskChief')) return ownDesks(req, 'desk')
  return false
}

/** Reporters may update their own assignments (the status only: see checkAssignmentChange). */
export const canUpdateAssignments: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'manager')) return true
  if (hasRole(req, 'editor', 'deskChief')) return ownDesks(req, 'planItem.desk')
  if (hasRole(req, 'reporter') && req.user) return { assignee: { equals: req.user.id } }
  return false
}

export const canDeleteAssignments: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'manager')) return true
  if (hasRole(req, 'deskChief')) return ownDesks(req, 'planItem.desk')
  return false
}

/** Whether the user may plan for a desk (create or move items and assignments there). */
export function mayPlanForDesk(req: PayloadRequest, desk: RelationId | undefined): boolean {
  if (hasRole(req, 'admin', 'manager')) return true
  if (!hasRole(req, 'editor', 'deskChief') || desk === undefined) return false
  return deskIdsOf(req.user as UserLike).some((id) => String(id) === String(desk))
}
