import { APIError } from 'payload'

/**
 * Payload's APIError with an explicit status and `isPublic`, so the message reaches the client
 * (Payload hides messages of non-public errors in production).
 */
export function httpError(status: number, message: string, data?: Record<string, unknown>): APIError {
  return new APIError(message, status, data, true)
}

/**
 * The same error body Payload's own endpoints answer with (`{ errors: [{ message }] }`), for our
 * endpoints that return a Response instead of throwing.
 */
export function errorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ errors: [{ message }] }, { status, headers })
}
