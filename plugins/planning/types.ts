export type PlanningPluginOptions = Record<string, never>
