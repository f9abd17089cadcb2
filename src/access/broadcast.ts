/**
 * Who works with programmes and rundowns. Everyone in the newsroom and machine clients (a MOS
 * gateway, the airtime report) read them; editors and above build the day's rundowns; the schedule's
 * programmes are set by desk chiefs and management.
 */
import type { Access } from 'payload'

import type { Role } from '../lib/roles'
import { hasRole } from './index'

export const BROADCAST_READERS: readonly Role[] = [
  'reporter',
  'editor',
  'deskChief',
  'manager',
  'admin',
  'apiClient',
]
export const RUNDOWN_EDITORS: readonly Role[] = ['editor', 'deskChief', 'manager', 'admin']
export const PROGRAMME_PLANNERS: readonly Role[] = ['deskChief', 'manager', 'admin']

export const canReadBroadcast: Access = ({ req }) => hasRole(req, ...BROADCAST_READERS)
export const canEditRundowns: Access = ({ req }) => hasRole(req, ...RUNDOWN_EDITORS)
export const canPlanProgrammes: Access = ({ req }) => hasRole(req, ...PROGRAMME_PLANNERS)
