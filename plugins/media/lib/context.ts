import type { MediaStorage } from '../types'

/** What the media plugin's hooks, endpoint and job share, built once from the plugin's options. */
export type MediaRuntime = {
  storage: MediaStorage
  /** The folder originals live in when storage is local: the worker reads them in place. */
  localRoot?: string
  /** Absolute base for URLs handed to API clients (SERVER_URL). */
  serverURL: string
  signingSecret: string
  signedURLSeconds: number
  maxPixels: number
  ffmpegThreads: number
}
