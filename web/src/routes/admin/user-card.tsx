import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '../../api/api-types';

export interface UserChange {
  user: UserSummary;
  change: { role: Role } | { status: 'active' | 'deactivated' };
}

const STATUS_TONE = { active: 'good', invited: 'neutral', deactivated: 'bad', cancelled: 'bad' } as const;

interface UserCardProps {
  user: UserSummary;
  /** An administrator looking at someone else. */
  canManage: boolean;
  onChange(change: UserChange['change']): void;
  onCancelAccount(): void;
  /** Restrict processing of the person's data, or lift the restriction (GDPR art. 18). */
  onRestriction(): void;
}

/** One person: name, role, status and how to reach them; for administrators the buttons to change them. */
export function UserCard({ user, canManage, onChange, onCancelAccount, onRestriction }: UserCardProps) {
  const { t } = useTranslation();
  const titleId = `user-${user.id}`;
  // An invitation can be given another role, but not be deactivated (it simply expires).
  const canChangeStatus = user.status === 'active' || user.status === 'deactivated';
  return (
    <li className="card" aria-labelledby={titleId}>
      <div className="card__header">
        <h2 id={titleId} className="card__title">
          {user.name}
        </h2>
        <span className="badges">
          {user.role === 'admin' ? (
            <span className="badge badge--accent">{t('users.role.admin')}</span>
          ) : null}
          <span className={`badge badge--${STATUS_TONE[user.status]}`}>
            {t(`users.status.${user.status}`)}
          </span>
          {user.restrictedAt ? <span className="badge badge--bad">{t('restriction.badge')}</span> : null}
        </span>
      </div>
      {user.jobTitle ? <p className="card__subtitle">{user.jobTitle}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('users.email')}</dt>
          <dd>
            <a href={`mailto:${user.email}`}>{user.email}</a>
          </dd>
        </div>
        {user.phone ? (
          <div>
            <dt>{t('users.phone')}</dt>
            <dd>
              <a href={`tel:${user.phone.replace(/[^\d+]/g, '')}`}>{user.phone}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {canManage && user.status !== 'cancelled' ? (
        <div className="card__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange({ role: user.role === 'admin' ? 'member' : 'admin' })}
          >
            {user.role === 'admin' ? t('users.makeMember') : t('users.makeAdmin')}
            <span className="visually-hidden"> {user.name}</span>
          </button>
          {canChangeStatus ? (
            <button
              type="button"
              className={`button button--small ${user.status === 'active' ? 'button--danger-quiet' : 'button--secondary'}`}
              onClick={() => onChange({ status: user.status === 'active' ? 'deactivated' : 'active' })}
            >
              {user.status === 'active' ? t('users.deactivate') : t('users.reactivate')}
              <span className="visually-hidden"> {user.name}</span>
            </button>
          ) : null}
          <button type="button" className="button button--secondary button--small" onClick={onRestriction}>
            {user.restrictedAt ? t('restriction.lift') : t('restriction.restrict')}
            <span className="visually-hidden"> {user.name}</span>
          </button>
          <button
            type="button"
            className="button button--small button--danger-quiet"
            onClick={onCancelAccount}
          >
            {t('cancelUser.button')}
            <span className="visually-hidden"> {user.name}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
