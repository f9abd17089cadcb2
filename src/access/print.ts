/**
 * Who plans the newspaper: editors, desk chiefs (the thư ký tòa soạn sits here), managers and
 * admins. Reporters read the page plan (their stories' lengths are set there) but change nothing.
 */
import type { Access, PayloadRequest } from 'payload'

import { PRINT_PLANNER_ROLES, PRINT_READER_ROLES } from '../../plugins/print/lib/printRoles'
import { hasRole } from './index'

export { PRINT_PLANNER_ROLES, PRINT_READER_ROLES }

export const isPrintPlanner = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...PRINT_PLANNER_ROLES)
export const isPrintReader = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...PRINT_READER_ROLES)

export const canReadPrint: Access = ({ req }) => isPrintReader(req)
export const canPlanPrint: Access = ({ req }) => isPrintPlanner(req)
/** Removing a whole edition takes its placements with it: desk chiefs and above only. */
export const canRemoveEditions: Access = ({ req }) => hasRole(req, 'deskChief', 'manager', 'admin')
