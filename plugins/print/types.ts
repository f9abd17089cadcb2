export type PrintPluginOptions = { serverURL: string }
