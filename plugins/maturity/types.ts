export type MaturityPluginOptions = {
  /** Where evidence files of the self-assessment are kept. */
  evidenceDir: string
  maxEvidenceBytes: number
}
