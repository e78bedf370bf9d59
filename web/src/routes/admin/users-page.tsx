import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { UserSummary } from '../../api/api-types';
import { cancelUser, changeUser, restoreUser } from '../../api/users-api';
import { useSession } from '../../session/session-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { ImportUsersPanel } from './import-users-panel';
import { InviteUserForm } from './invite-user-form';
import { RestrictionDialog } from './restriction-dialog';
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
  const [opened, setOpened] = useState<'invite' | 'import'>();
  const inviteButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const [pendingCancel, setPendingCancel] = useState<UserSummary>();
  const [cancelled, setCancelled] = useState<UserSummary>();
  const [status, setStatus] = useState<string>();
  const [actionProblem, setActionProblem] = useState<string>();
  const [pendingChange, setPendingChange] = useState<UserChange>();
  const [changing, setChanging] = useState(false);
  const [pendingRestriction, setPendingRestriction] = useState<UserSummary>();

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
      setActionProblem(problemText(error));
    } finally {
      setChanging(false);
      setPendingChange(undefined);
    }
  }

  async function confirmCancel() {
    if (!pendingCancel) return;
    const user = pendingCancel;
    setChanging(true);
    setActionProblem(undefined);
    try {
      await cancelUser(user.id);
      setCancelled(user);
      await reload();
    } catch (error) {
      setActionProblem(problemText(error));
    } finally {
      setChanging(false);
      setPendingCancel(undefined);
    }
  }

  // Cancelled accounts leave the list, so the notice right after is the only place to undo.
  async function undoCancel(user: UserSummary) {
    setActionProblem(undefined);
    try {
      await restoreUser(user.id);
      setCancelled(undefined);
      setStatus(t('cancelUser.restored', { name: user.name }));
      await reload();
    } catch (error) {
      setActionProblem(problemText(error));
    }
  }

  function closePanel(button: HTMLButtonElement | null) {
    setOpened(undefined);
    button?.focus();
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
            aria-expanded={opened === 'invite'}
            aria-controls="invite-user"
            onClick={() => setOpened(opened === 'invite' ? undefined : 'invite')}
          >
            {t('users.invite')}
          </button>
          <button
            ref={importButton}
            type="button"
            className="button button--secondary"
            aria-expanded={opened === 'import'}
            aria-controls="import-users"
            onClick={() => setOpened(opened === 'import' ? undefined : 'import')}
          >
            {t('userImport.open')}
          </button>
        </div>
      ) : null}
      {isAdmin && opened === 'invite' ? (
        <InviteUserForm
          id="invite-user"
          onInvited={async (name, email) => {
            closePanel(inviteButton.current);
            setStatus(t('users.invited', { name, email }));
            await reload();
          }}
          onCancel={() => closePanel(inviteButton.current)}
        />
      ) : null}
      {isAdmin && opened === 'import' ? (
        <ImportUsersPanel
          id="import-users"
          onImported={() => void reload()}
          onClose={() => closePanel(importButton.current)}
        />
      ) : null}

      <StatusMessage message={status} />
      {cancelled ? (
        <Notice tone="success">
          <p>
            {t('cancelUser.done', { name: cancelled.name })}{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void undoCancel(cancelled)}
            >
              {t('cancelUser.undo')}
            </button>
          </p>
        </Notice>
      ) : null}
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
              onCancelAccount={() => {
                setStatus(undefined);
                setCancelled(undefined);
                setPendingCancel(user);
              }}
              onRestriction={() => {
                setStatus(undefined);
                setActionProblem(undefined);
                setPendingRestriction(user);
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

      <ConfirmDialog
        open={pendingCancel !== undefined}
        title={pendingCancel ? t('cancelUser.title', { name: pendingCancel.name }) : ''}
        confirmLabel={t('cancelUser.button')}
        pending={changing}
        onConfirm={() => void confirmCancel()}
        onCancel={() => setPendingCancel(undefined)}
      >
        <p>{pendingCancel ? t('cancelUser.text', { name: pendingCancel.name }) : null}</p>
      </ConfirmDialog>

      <RestrictionDialog
        user={pendingRestriction}
        onDone={(message) => {
          setStatus(message);
          void reload();
        }}
        onProblem={setActionProblem}
        onClose={() => setPendingRestriction(undefined)}
      />
    </div>
  );
}

function changeKind(change: UserChange['change']): 'makeAdmin' | 'makeMember' | 'deactivate' | 'reactivate' {
  if ('role' in change) return change.role === 'admin' ? 'makeAdmin' : 'makeMember';
  return change.status === 'deactivated' ? 'deactivate' : 'reactivate';
}
