/**
 * Who sees and keeps the managers' figures. Revenue is the management's business: managers and
 * admins read and keep it. Audience and the KPIs are read by desk chiefs too (their desks' stories
 * are in them); machine clients may send platform audience exports. Training records are kept by
 * managers and admins, and every staff member reads their own.
 */
import type { Access, PayloadRequest } from 'payload'

import type { Role } from '../lib/roles'
import { hasRole } from './index'

export const REVENUE_KEEPERS: readonly Role[] = ['manager', 'admin']
export const FIGURES_READERS: readonly Role[] = ['deskChief', 'manager', 'admin']
export const AUDIENCE_IMPORTERS: readonly Role[] = ['manager', 'admin', 'apiClient']
export const FIGURES_KEEPERS: readonly Role[] = ['manager', 'admin']

export const canKeepRevenue: Access = ({ req }) => hasRole(req, ...REVENUE_KEEPERS)
export const canReadFigures: Access = ({ req }) => hasRole(req, ...FIGURES_READERS)
export const canKeepFigures: Access = ({ req }) => hasRole(req, ...FIGURES_KEEPERS)

/** Managers and admins see every training record; other staff their own. */
export const canReadTraining: Access = ({ req }) => {
  if (hasRole(req, ...FIGURES_KEEPERS)) return true
  if (hasRole(req, 'reporter', 'editor', 'deskChief') && req.user) return { staff: { equals: req.user.id } }
  return false
}

/** For the endpoints, which answer 401/403 themselves. */
export const mayKeepRevenue = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...REVENUE_KEEPERS)
export const mayReadFigures = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...FIGURES_READERS)
export const mayImportAudience = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...AUDIENCE_IMPORTERS)
export const mayKeepFigures = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...FIGURES_KEEPERS)
