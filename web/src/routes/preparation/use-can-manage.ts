import { useSession } from '../../session/session-context';

/** Administrators change the preparation; everyone else in the organisation may look. */
export function useCanManage(): boolean {
  const { user } = useSession();
  return user?.role === 'admin';
}
