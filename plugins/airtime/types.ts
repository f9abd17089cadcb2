import type { PlanningSettings } from '../../src/config/planningSettings'

export type AirtimePluginOptions = PlanningSettings['airtime']
