import { useTranslation } from 'react-i18next';
import { deleteSituationTemplate, listSituationTemplates } from '../../api/preparation-api';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { EditableList } from './editable-list';
import { SituationTemplateForm } from './situation-template-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

/** Templates for the situation picture: which sections a team fills in, with a hint for each. */
export function SituationTemplatesPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const templates = useLoaded(listSituationTemplates);

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.situation.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.situation.introAdmin') : t('preparation.situation.intro')}
      </p>
      <EditableList
        id="situation-templates"
        items={templates.data}
        problem={templates.problem}
        reload={templates.reload}
        canManage={canManage}
        level="h2"
        nameOf={(template) => template.name}
        text={{
          add: t('preparation.situation.add'),
          addTitle: t('preparation.situation.addTitle'),
          editTitle: (name) => t('preparation.situation.editTitle', { name }),
          empty: t('preparation.situation.none'),
          count: (count) => t('preparation.situation.count', { count }),
          deleted: (name) => t('preparation.situation.deleted', { name }),
          confirmTitle: (name) => t('preparation.situation.confirmTitle', { name }),
          confirmText: () => t('preparation.situation.confirmText'),
        }}
        details={(template) => (
          <ol className="prep-sections">
            {template.sections.map((section) => (
              <li key={section.key}>
                <span className="prep-sections__title">{section.title}</span>
                {section.hint ? <span className="prep-sections__hint">{section.hint}</span> : null}
              </li>
            ))}
          </ol>
        )}
        form={(props) => <SituationTemplateForm {...props} />}
        remove={(template) => deleteSituationTemplate(template.id)}
      />
    </div>
  );
}
