import { useTranslation } from 'react-i18next';
import { deleteTeamTemplate, listRoles, listTeamTemplates } from '../../api/preparation-api';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { EditableList } from './editable-list';
import { TeamTemplateForm } from './team-template-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

/** Kinds of team with their positions, to start a new team from. */
export function TeamTemplatesPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const templates = useLoaded(listTeamTemplates);
  const roles = useLoaded(listRoles);

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.teamTemplates.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.teamTemplates.introAdmin') : t('preparation.teamTemplates.intro')}
      </p>
      <EditableList
        id="team-templates"
        items={templates.data}
        problem={templates.problem ?? roles.problem}
        reload={templates.reload}
        canManage={canManage}
        level="h2"
        nameOf={(template) => template.name}
        text={{
          add: t('preparation.teamTemplates.add'),
          addTitle: t('preparation.teamTemplates.addTitle'),
          editTitle: (name) => t('preparation.teamTemplates.editTitle', { name }),
          empty: t('preparation.teamTemplates.none'),
          count: (count) => t('preparation.teamTemplates.count', { count }),
          deleted: (name) => t('preparation.teamTemplates.deleted', { name }),
          confirmTitle: (name) => t('preparation.teamTemplates.confirmTitle', { name }),
          confirmText: () => t('preparation.teamTemplates.confirmText'),
        }}
        details={(template) => (
          <>
            {template.description ? <p className="card__note">{template.description}</p> : null}
            <dl className="facts">
              <div>
                <dt>{t('preparation.teamTemplates.roles')}</dt>
                <dd>
                  {template.roles.length > 0
                    ? template.roles.map((role) => role.name).join(', ')
                    : t('preparation.teamTemplates.noRolesChosen')}
                </dd>
              </div>
            </dl>
          </>
        )}
        form={(props) => <TeamTemplateForm {...props} roles={roles.data ?? []} />}
        remove={(template) => deleteTeamTemplate(template.id)}
      />
    </div>
  );
}
