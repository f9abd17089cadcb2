import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Next only renders Payload's admin here: Express serves /api, /healthz and our own routes
 * (src/server/createApp.ts) and hands the rest to Next's request handler.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  // Type errors are caught by `npm run typecheck` over the whole repository; repeating the check
  // inside `next build` costs time and memory and would fail the admin build on unrelated test files.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: import.meta.dirname },
}

export default withPayload(nextConfig)
