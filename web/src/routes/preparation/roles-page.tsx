import { useTranslation } from 'react-i18next';
import { changeRole, deleteRole, listRoles } from '../../api/preparation-api';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { EditableList } from './editable-list';
import { RoleDeputies } from './role-deputies';
import { RoleForm } from './role-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

/** The roles people hold in a team; one is the default for new members. */
export function RolesPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const roles = useLoaded(listRoles);

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.roles.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.roles.introAdmin') : t('preparation.roles.intro')}
      </p>
      <EditableList
        id="roles"
        items={roles.data}
        problem={roles.problem}
        reload={roles.reload}
        canManage={canManage}
        level="h2"
        nameOf={(role) => role.name}
        text={{
          add: t('preparation.roles.add'),
          addTitle: t('preparation.roles.addTitle'),
          editTitle: (name) => t('preparation.roles.editTitle', { name }),
          empty: t('preparation.roles.none'),
          count: (count) => t('preparation.roles.count', { count }),
          deleted: (name) => t('preparation.roles.deleted', { name }),
          confirmTitle: (name) => t('preparation.roles.confirmTitle', { name }),
          confirmText: (role) =>
            role.memberCount > 0
              ? t('preparation.roles.confirmTextInUse', { count: role.memberCount })
              : t('preparation.roles.confirmText'),
        }}
        badges={(role) =>
          role.isDefault ? (
            <span className="badge badge--accent">{t('preparation.roles.default')}</span>
          ) : null
        }
        details={(role) => (
          <>
            {role.description ? <p className="card__note">{role.description}</p> : null}
            <p className="card__note">{t('preparation.roles.memberCount', { count: role.memberCount })}</p>
            <RoleDeputies role={role} canManage={canManage} />
          </>
        )}
        actions={(role, run) =>
          role.isDefault ? null : (
            <button
              id={`roles-default-${role.id}`}
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                void run(async () => {
                  await changeRole(role.id, { isDefault: true });
                  return t('preparation.roles.madeDefault', { name: role.name });
                }, `roles-edit-${role.id}`)
              }
            >
              {t('preparation.roles.makeDefault')}
              <span className="visually-hidden"> {role.name}</span>
            </button>
          )
        }
        keep={(role) =>
          role.isDefault
            ? t('preparation.roles.keepDefault')
            : role.memberCount > 0
              ? t('preparation.roles.keepInUse')
              : undefined
        }
        form={(props) => <RoleForm {...props} />}
        remove={(role) => deleteRole(role.id)}
      />
    </div>
  );
}
