export type BroadcastPluginOptions = { mosID: string; readRate: number }
