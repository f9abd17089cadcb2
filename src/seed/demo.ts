import type { Payload } from 'payload'

export async function seedDemoNewsroom(payload: Payload): Promise<void> {
  payload.logger.info('seed: placeholder')
}
