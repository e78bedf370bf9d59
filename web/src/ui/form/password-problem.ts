import { ApiError } from '../../api/api-client';

/**
 * Runs a request that asks for the password again; a wrong password becomes a problem of the
 * `password` field (the server's own sentence), so the form marks that field.
 */
export async function withPasswordCheck<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid_credentials') {
      throw new ApiError(error.status, error.code, error.message, {
        fields: [{ path: 'password', message: error.message }],
      });
    }
    throw error;
  }
}
