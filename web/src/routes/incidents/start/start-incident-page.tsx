import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-client';
import { startIncident } from '../../../api/incidents-api';
import { listIncidentTemplates, listRoles, listTeams } from '../../../api/preparation-api';
import type { IncidentTemplate, Team, TeamRole } from '../../../api/preparation-types';
import { navigate } from '../../../router/router';
import { useSession } from '../../../session/session-context';
import { checkedLocally, type FormErrors } from '../../../ui/form/form-errors';
import { useFormSubmit } from '../../../ui/form/use-form-submit';
import { Notice } from '../../../ui/notice';
import { PageTitle } from '../../../ui/page-title';
import { useLoaded } from '../../admin/use-loaded';
import { parseLabels } from '../labels';
import { ConfirmStep } from './confirm-step';
import { DetailsStep } from './details-step';
import { ScenarioStep } from './scenario-step';
import { draftFrom, newIncidentFrom, type StartDraft } from './start-draft';
import { TeamStep } from './team-step';
import '../incidents.css';

const STEPS = ['scenario', 'details', 'team', 'confirm'] as const;
type Step = (typeof STEPS)[number];

const DETAIL_FIELDS = new Set(['title', 'description', 'labels', 'isExercise']);

interface Preparation {
  templates: IncidentTemplate[];
  teams: Team[];
  roles: TeamRole[];
}

/** Teams and roles are a help, not a must: without them the incident still starts. */
async function loadPreparation(signal: AbortSignal): Promise<Preparation> {
  const optional = <T,>(request: Promise<T[]>) => request.catch((): T[] => []);
  const [templates, teams, roles] = await Promise.all([
    listIncidentTemplates(signal),
    optional(listTeams(signal)),
    optional(listRoles(signal)),
  ]);
  return { templates, teams, roles };
}

/** Starting an incident in four short steps, made for a phone at night: scenario, details, team, go. */
export function StartIncidentPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const preparation = useLoaded(loadPreparation);
  const [step, setStep] = useState<Step>('scenario');
  // The first step is shown with the page; later steps take focus when they appear.
  const [moved, setMoved] = useState(false);
  const [draft, setDraft] = useState<StartDraft>();
  const [detailErrors, setDetailErrors] = useState<FormErrors>();

  function go(next: Step) {
    setMoved(true);
    setStep(next);
    window.scrollTo(0, 0);
  }

  function checkDetails(current: StartDraft | undefined): FormErrors | undefined {
    return checkedLocally({
      title: !current?.title.trim() && t('incidentStart.details.titleMissing'),
      description:
        (current?.description.length ?? 0) > 10_000 && t('incidentStart.details.descriptionTooLong'),
    });
  }

  const submission = useFormSubmit(
    async () => {
      if (!draft) return;
      try {
        const started = await startIncident(newIncidentFrom(draft, parseLabels(draft.labels)));
        // When people were alerted, the room opens where their answers come in.
        navigate(`/incidents/${encodeURIComponent(started.id)}${started.alertId ? '?tab=alerts' : ''}`);
      } catch (error) {
        // A refused title or label is fixed on the details step: show it there, at its field.
        if (error instanceof ApiError && error.fields.some((field) => DETAIL_FIELDS.has(field.path))) {
          setDetailErrors({
            message: error.message,
            fields: Object.fromEntries(error.fields.map((field) => [field.path, field.message])),
          });
          go('details');
          return;
        }
        throw error;
      }
    },
    { check: () => checkDetails(draft)?.fields ?? {} },
  );

  const data = preparation.data;

  return (
    <div className="container page narrow start-incident">
      <PageTitle>{t('incidentStart.title')}</PageTitle>
      <ol className="steps" aria-label={t('incidentStart.progress')}>
        {STEPS.map((name, index) => (
          <li key={name} className="steps__item" aria-current={name === step ? 'step' : undefined}>
            <span className="steps__number">{index + 1}</span>
            <span className="steps__name">{t(`incidentStart.steps.${name}`)}</span>
          </li>
        ))}
      </ol>

      {preparation.problem ? (
        <Notice tone="error">
          <p>{preparation.problem}</p>
        </Notice>
      ) : null}
      {!data || !user ? (
        preparation.problem ? null : (
          <p className="loading" role="status">
            {t('access.loading')}
          </p>
        )
      ) : step === 'scenario' || !draft ? (
        <ScenarioStep
          templates={data.templates}
          focus={moved}
          onChoose={(template) => {
            setDraft(draftFrom(template, data.teams));
            setDetailErrors(undefined);
            go('details');
          }}
        />
      ) : step === 'details' ? (
        <DetailsStep
          draft={draft}
          errors={detailErrors}
          focus={moved}
          onChange={(changes) => setDraft({ ...draft, ...changes })}
          onNext={() => {
            const problems = checkDetails(draft);
            setDetailErrors(problems);
            if (!problems) go('team');
          }}
          onBack={() => go('scenario')}
        />
      ) : step === 'team' ? (
        <TeamStep
          participants={draft.participants}
          teams={data.teams}
          roles={data.roles}
          me={user}
          focus={moved}
          onChange={(participants) => setDraft({ ...draft, participants })}
          onNext={() => go('confirm')}
          onBack={() => go('details')}
        />
      ) : (
        <ConfirmStep
          draft={draft}
          errors={submission.errors}
          pending={submission.pending}
          focus={moved}
          onSubmit={submission.onSubmit}
          onEdit={go}
          onBack={() => go('team')}
          onAlertChange={(alert) => setDraft({ ...draft, alert })}
        />
      )}
    </div>
  );
}
