import { ApiError } from '../../api/api-client';

/**
 * Runs a save whose name must be unique in the organisation; a name that is taken (`role_name_taken`,
 * `team_name_taken`…) becomes a problem of the `name` field, so the form marks that field.
 */
export async function withNameCheck<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.code.endsWith('_name_taken') && error.fields.length === 0) {
      throw new ApiError(error.status, error.code, error.message, {
        fields: [{ path: 'name', message: error.message }],
      });
    }
    throw error;
  }
}
