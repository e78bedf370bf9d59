import { useTranslation } from 'react-i18next';
import type { IncidentTemplate } from '../../api/preparation-types';
import { LabelList } from './label-list';

/** What a scenario sets up, as term and value: on the list's cards and the read-only page. */
export function ScenarioFacts({ scenario }: { scenario: IncidentTemplate }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('preparation.scenarios.teams')}</dt>
          <dd>
            {scenario.teams.length > 0
              ? scenario.teams.map((team) => team.name).join(', ')
              : t('preparation.scenarios.noTeamsChosen')}
          </dd>
        </div>
        <div>
          <dt>{t('preparation.scenarios.location')}</dt>
          <dd>{scenario.location?.name ?? t('preparation.scenarios.noLocation')}</dd>
        </div>
        <div>
          <dt>{t('preparation.scenarios.situationTemplate')}</dt>
          <dd>{scenario.situationTemplate?.name ?? t('preparation.scenarios.defaultSituation')}</dd>
        </div>
        <div>
          <dt>{t('preparation.scenarios.tasks')}</dt>
          <dd>{t('preparation.scenarios.taskCount', { count: scenario.initialTasks.length })}</dd>
        </div>
        <div>
          <dt>{t('preparation.scenarios.chat')}</dt>
          <dd>
            {scenario.opensChat ? t('preparation.scenarios.chatOn') : t('preparation.scenarios.chatOff')}
          </dd>
        </div>
      </dl>
      <LabelList labels={scenario.labels} />
    </>
  );
}

/** The whole scenario for people who may not change it. */
export function ScenarioDetails({ scenario }: { scenario: IncidentTemplate }) {
  const { t } = useTranslation();
  return (
    <>
      {scenario.description ? <p className="page__intro prep-multiline">{scenario.description}</p> : null}
      <ScenarioFacts scenario={scenario} />
      {scenario.alertText ? (
        <section className="page-section" aria-labelledby="scenario-alert-title">
          <h2 id="scenario-alert-title">{t('preparation.scenarios.alertText')}</h2>
          <p className="prep-multiline">{scenario.alertText}</p>
        </section>
      ) : null}
      <section className="page-section" aria-labelledby="scenario-tasks-title">
        <h2 id="scenario-tasks-title">{t('preparation.scenarios.tasks')}</h2>
        {scenario.initialTasks.length === 0 ? <p>{t('preparation.scenarios.noTasks')}</p> : null}
        <ol className="prep-tasks">
          {scenario.initialTasks.map((task, index) => (
            // Tasks have no id; their place in the list is what identifies them here.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only
            <li key={index}>
              <span className="prep-tasks__title">{task.title}</span>
              {task.checklist.length > 0 ? (
                <ul className="prep-tasks__checklist">
                  {task.checklist.map((item, itemIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only
                    <li key={itemIndex}>{item}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
