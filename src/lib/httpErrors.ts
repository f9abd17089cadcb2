import { APIError } from 'payload'

/**
 * Payload's APIError with an explicit status and `isPublic`, so the message reaches the client
 * (Payload hides messages of non-public errors in production).
 */
export function httpError(status: number, message: string, data?: Record<string, unknown>): APIError {
  return new APIError(message, status, data, true)
}
