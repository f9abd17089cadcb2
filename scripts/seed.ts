/**
 * `npm run seed`: fills an empty database with the demo newsroom and prints the demo logins.
 * A database that already has users is left untouched (to start over, delete it).
 */
import { getPayload } from 'payload'

import config from '../src/payload.config'
import { seedIfEmpty } from '../src/seed'
import { DEMO_LOGINS } from '../src/seed/logins'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  try {
    const seeded = await seedIfEmpty(payload)
    if (!seeded) {
      payload.logger.info(
        'seed: the database already has users; nothing seeded (delete the database to start over)',
      )
      return
    }
    console.log('\nDemo logins (public — never expose a demo database):')
    console.table(
      DEMO_LOGINS.map(({ email, password, role, fullName }) => ({ email, password, role, fullName })),
    )
    const api = DEMO_LOGINS.find((login) => login.apiKey)
    if (api) console.log(`API client: Authorization: users API-Key ${api.apiKey}\n`)
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
