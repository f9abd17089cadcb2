export type PrintPluginOptions = {
  /** SERVER_URL: the edition package's README links back to the page plan in the admin. */
  serverURL: string
}
