import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import { changeUser } from '../../api/users-api';
import { useSession } from '../../session/session-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { InviteUserForm } from './invite-user-form';
import { useUsers } from './use-users';
import { UserCard, type UserChange } from './user-card';
import './admin-pages.css';

/** The organisation's people. Everyone may look; administrators invite, change roles and deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const isAdmin = me?.role === 'admin';
  const [search, setSearch] = useState('');
  const { users, problem, reload } = useUsers(search);
  const [inviting, setInviting] = useState(false);
  const inviteButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<string>();
  const [actionProblem, setActionProblem] = useState<string>();
  const [pendingChange, setPendingChange] = useState<UserChange>();
  const [changing, setChanging] = useState(false);

  async function confirmChange() {
    if (!pendingChange) return;
    const { user, change } = pendingChange;
    setChanging(true);
    setActionProblem(undefined);
    try {
      await changeUser(user.id, change);
      setStatus(t(`users.done.${changeKind(change)}`, { name: user.name }));
      await reload();
    } catch (error) {
      setActionProblem(error instanceof ApiError ? error.message : t('errors.unexpected'));
    } finally {
      setChanging(false);
      setPendingChange(undefined);
    }
  }

  return (
    <div className="container page">
      <PageTitle>{t('users.title')}</PageTitle>
      <p className="page__intro">{isAdmin ? t('users.introAdmin') : t('users.introMember')}</p>

      {isAdmin ? (
        <div className="page-actions">
          <button
            ref={inviteButton}
            type="button"
            className="button button--primary"
            aria-expanded={inviting}
            aria-controls="invite-user"
            onClick={() => setInviting(!inviting)}
          >
            {t('users.invite')}
          </button>
        </div>
      ) : null}
      {isAdmin && inviting ? (
        <InviteUserForm
          id="invite-user"
          onInvited={async (name, email) => {
            setInviting(false);
            inviteButton.current?.focus();
            setStatus(t('users.invited', { name, email }));
            await reload();
          }}
          onCancel={() => {
            setInviting(false);
            inviteButton.current?.focus();
          }}
        />
      ) : null}

      <StatusMessage message={status} />
      {actionProblem ? (
        <Notice tone="error">
          <p>{actionProblem}</p>
        </Notice>
      ) : null}

      <search className="search">
        <label htmlFor="users-search" className="field__label">
          {t('users.search')}
        </label>
        <input
          id="users-search"
          type="search"
          className="field__input"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-describedby="users-count"
        />
      </search>
      <p id="users-count" className="result-count" role="status">
        {users ? t('users.count', { count: users.length }) : null}
      </p>

      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {users ? (
        <ul className="card-list card-list--grid">
          {users.map((user) => (
            <UserCard
              key={user.id}
              user={user}
              canManage={isAdmin && user.id !== me?.id}
              onChange={(change) => {
                setStatus(undefined);
                setPendingChange({ user, change });
              }}
            />
          ))}
        </ul>
      ) : problem ? null : (
        <p className="loading">{t('access.loading')}</p>
      )}

      <ConfirmDialog
        open={pendingChange !== undefined}
        title={
          pendingChange
            ? t(`users.confirm.${changeKind(pendingChange.change)}.title`, { name: pendingChange.user.name })
            : ''
        }
        confirmLabel={pendingChange ? t(`users.confirm.${changeKind(pendingChange.change)}.button`) : ''}
        tone={pendingChange && changeKind(pendingChange.change) === 'deactivate' ? 'danger' : 'primary'}
        pending={changing}
        onConfirm={() => void confirmChange()}
        onCancel={() => setPendingChange(undefined)}
      >
        <p>
          {pendingChange
            ? t(`users.confirm.${changeKind(pendingChange.change)}.text`, { name: pendingChange.user.name })
            : null}
        </p>
      </ConfirmDialog>
    </div>
  );
}

function changeKind(change: UserChange['change']): 'makeAdmin' | 'makeMember' | 'deactivate' | 'reactivate' {
  if ('role' in change) return change.role === 'admin' ? 'makeAdmin' : 'makeMember';
  return change.status === 'deactivated' ? 'deactivate' : 'reactivate';
}
