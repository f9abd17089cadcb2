/**
 * Who works with the channel schedule and the airtime report. Everyone in the newsroom and machine
 * clients (the KPI report) read the schedule; editors and above keep it (manual items, CSV imports,
 * building the day from rundowns) and read the compliance report.
 */
import type { Access, PayloadRequest } from 'payload'

import type { Role } from '../lib/roles'
import { hasRole } from './index'

export const SCHEDULE_READERS: readonly Role[] = [
  'reporter',
  'editor',
  'deskChief',
  'manager',
  'admin',
  'apiClient',
]
export const SCHEDULE_EDITORS: readonly Role[] = ['editor', 'deskChief', 'manager', 'admin']
export const COMPLIANCE_READERS: readonly Role[] = ['editor', 'deskChief', 'manager', 'admin']

export const canReadSchedule: Access = ({ req }) => hasRole(req, ...SCHEDULE_READERS)
export const canEditSchedule: Access = ({ req }) => hasRole(req, ...SCHEDULE_EDITORS)

/** For the endpoints, which answer 401/403 themselves. */
export const mayEditSchedule = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...SCHEDULE_EDITORS)
export const mayReadCompliance = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...COMPLIANCE_READERS)
