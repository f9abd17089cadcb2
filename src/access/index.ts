/**
 * Access rules, one small named function each. They return a boolean or a Where query;
 * collections compose them and never inline role checks.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { relationIds } from '../lib/relationId'
import { isRole, type Role } from '../lib/roles'
import { PUBLIC_STATES } from '../lib/workflow'

type UserLike = { id: number | string; role?: unknown; desks?: unknown } | null | undefined

export function roleOf(user: UserLike): Role | undefined {
  return user && isRole(user.role) ? user.role : undefined
}

export function hasRole(req: Pick<PayloadRequest, 'user'>, ...roles: Role[]): boolean {
  const role = roleOf(req.user as UserLike)
  return role !== undefined && roles.includes(role)
}

/** Ids of the desks a user belongs to, whether populated or not. */
export function deskIdsOf(user: UserLike): Array<number | string> {
  return relationIds(user?.desks)
}

export const anyone: Access = () => true
export const nobody: Access = () => false
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')
export const isAdminOrManager: Access = ({ req }) => hasRole(req, 'admin', 'manager')
export const isStaff: Access = ({ req }) =>
  hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin')
export const isEditorOrAbove: Access = ({ req }) => hasRole(req, 'editor', 'deskChief', 'manager', 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
/** A field no client may set or read (hooks and the worker still can, with overrideAccess). */
export const nobodyField: FieldAccess = () => false

/** The public (and anyone outside the newsroom) reads published and corrected stories only. */
export const canReadStories: Access = ({ req }) => {
  if (hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin', 'apiClient')) return true
  return { workflowState: { in: [...PUBLIC_STATES] } }
}

export const canCreateStories: Access = ({ req }) =>
  hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin', 'apiClient')

/** States in which the reporter who owns a story may still change it. */
const REPORTER_EDITABLE_STATES = ['idea', 'assigned', 'drafting']

/**
 * Managers and admins edit everything; editors and desk chiefs the stories of their desks
 * (and stories not yet given a desk); reporters only their own stories before submission.
 */
export const canUpdateStories: Access = ({ req }) => {
  const user = req.user as UserLike
  if (hasRole(req, 'admin', 'manager')) return true
  if (hasRole(req, 'editor', 'deskChief')) {
    const desks = deskIdsOf(user)
    const noDesk: Where = { desk: { exists: false } }
    return desks.length ? { or: [{ desk: { in: desks } }, noDesk] } : noDesk
  }
  if (hasRole(req, 'reporter') && user) {
    return {
      and: [
        { or: [{ createdBy: { equals: user.id } }, { assignee: { equals: user.id } }] },
        { workflowState: { in: REPORTER_EDITABLE_STATES } },
      ],
    }
  }
  return false
}

export const canDeleteStories: Access = ({ req }) => hasRole(req, 'admin', 'manager')

/** Staff see every colleague (bylines, assignments); others only themselves. */
export const canReadUsers: Access = ({ req }) => {
  if (hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** Reference data (organisation, taxonomy): everyone reads it, one group of roles maintains it. */
export const publicReadWrittenBy = (write: Access) => ({
  read: anyone,
  create: write,
  update: write,
  delete: write,
})

/** Rights-restricted assets are not listed publicly; their files go out only through signed links. */
export const canReadMedia: Access = ({ req }) => {
  if (hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin', 'apiClient')) return true
  return { restricted: { not_equals: true } }
}
