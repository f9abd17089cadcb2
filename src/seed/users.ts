import type { Payload } from 'payload'

import { DESKS } from './content/organisation'
import { DEMO_LOGINS, meetsLevel3Policy } from './logins'
import { idOf, need, type IdMap } from './refs'

/** Who heads which desk; the chief relation needs the users to exist first. */
const DESK_CHIEFS: Record<(typeof DESKS)[number]['code'], string> = {
  TS: 'chief1',
  KT: 'chief1',
  DT: 'chief1',
  VHXH: 'chief2',
  PT: 'chief2',
  TH: 'chief2',
}

export async function seedUsers(payload: Payload, desks: IdMap): Promise<IdMap> {
  const weak = DEMO_LOGINS.filter((login) => !meetsLevel3Policy(login.password)).map((l) => l.email)
  if (weak.length) throw new Error(`seed: demo passwords below the level-3 policy: ${weak.join(', ')}`)

  const users: IdMap = new Map()
  for (const login of DEMO_LOGINS) {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: login.email,
        password: login.password,
        fullName: login.fullName,
        title: login.title,
        role: login.role,
        desks: login.desks.map((code) => need(desks, code, 'desk')),
        ...(login.apiKey ? { enableAPIKey: true, apiKey: login.apiKey } : {}),
      },
      depth: 0,
    })
    users.set(login.key, idOf(doc))
  }
  for (const [code, chief] of Object.entries(DESK_CHIEFS)) {
    await payload.update({
      collection: 'desks',
      id: need(desks, code, 'desk'),
      data: { chief: need(users, chief, 'user') },
      depth: 0,
    })
  }
  return users
}
