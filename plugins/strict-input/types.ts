export type StrictInputOptions = {
  /** Collections left to Payload's own validation. */
  excludeCollections?: string[]
}
