/**
 * Access rules of the e-paper (plugins/epaper): who uploads printed PDFs and publishes the
 * reader, who corrects article zones, who manages subscribers.
 */
import type { Access, PayloadRequest } from 'payload'

import { hasRole } from './index'

/** Uploading the printed PDF and publishing the e-paper: the people who close an edition. */
export const canManageEpaper = (req: Pick<PayloadRequest, 'user'>) =>
  hasRole(req, 'editor', 'deskChief', 'manager', 'admin')

/** Correcting zones on a page is sub-editing: editors and above. */
export const canEditEpaperPages: Access = ({ req }) => canManageEpaper(req)

/** A subscriber reads their own record; the agency's managers and admins keep the list. */
export const canReadSubscribers: Access = ({ req }) => {
  if (hasRole(req, 'manager', 'admin')) return true
  const user = req.user as { id: number | string; collection?: string } | null
  return user?.collection === 'subscribers' ? { id: { equals: user.id } } : false
}

/** Only staff in the users collection count as administrators here, never a subscriber. */
export const canManageSubscribers: Access = ({ req }) => hasRole(req, 'manager', 'admin')

/** Putting an edition in the public reader is publishing: desk chiefs, managers and admins, as for stories. */
export const canPublishEpaper = (req: Pick<PayloadRequest, 'user'>) =>
  hasRole(req, 'deskChief', 'manager', 'admin')
