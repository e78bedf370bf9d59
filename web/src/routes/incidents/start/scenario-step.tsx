import { useTranslation } from 'react-i18next';
import type { IncidentTemplate } from '../../../api/preparation-types';
import { StepHeading } from './step-heading';

interface ScenarioStepProps {
  templates: IncidentTemplate[];
  focus: boolean;
  onChoose(template: IncidentTemplate | null): void;
}

/** Step 1: one tap on a prepared scenario (or none) fills in everything after it. */
export function ScenarioStep({ templates, focus, onChoose }: ScenarioStepProps) {
  const { t } = useTranslation();
  return (
    <section className="step" aria-labelledby="step-scenario">
      <StepHeading id="step-scenario" number={1} focus={focus}>
        {t('incidentStart.scenario.title')}
      </StepHeading>
      <p>{templates.length > 0 ? t('incidentStart.scenario.intro') : t('incidentStart.scenario.none')}</p>
      <ul className="choice-list">
        {templates.map((template) => (
          <li key={template.id}>
            <button type="button" className="choice" onClick={() => onChoose(template)}>
              <span className="choice__title">{template.title}</span>
              {template.description ? <span className="choice__text">{template.description}</span> : null}
              {template.teams.length > 0 ? (
                <span className="choice__meta">
                  {t('incidentStart.scenario.teams', {
                    teams: template.teams.map((team) => team.name).join(', '),
                  })}
                </span>
              ) : null}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="choice choice--plain" onClick={() => onChoose(null)}>
            <span className="choice__title">{t('incidentStart.scenario.withoutTitle')}</span>
            <span className="choice__text">{t('incidentStart.scenario.withoutText')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
