import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeIncidentTemplate, createIncidentTemplate } from '../../api/preparation-api';
import type {
  IncidentTemplate,
  PreparedLocation,
  SituationTemplate,
  Team,
} from '../../api/preparation-types';
import { Link } from '../../router/link';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { FormActions } from './form-actions';
import { formatLabels, parseLabels } from './labels';
import { draftTasks, preparedTasks, TasksEditor, taskFieldId } from './tasks-editor';
import { TextAreaField } from './text-area-field';

export interface ScenarioOptions {
  teams: readonly Team[];
  locations: readonly PreparedLocation[];
  situationTemplates: readonly SituationTemplate[];
}

interface ScenarioFormProps extends ScenarioOptions {
  scenario: IncidentTemplate | undefined;
  onSaved(scenario: IncidentTemplate): void;
  onCancel(): void;
}

/** Everything an incident from this scenario starts with. */
export function ScenarioForm({
  scenario,
  teams,
  locations,
  situationTemplates,
  onSaved,
  onCancel,
}: ScenarioFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(scenario?.title ?? '');
  const [description, setDescription] = useState(scenario?.description ?? '');
  const [alertText, setAlertText] = useState(scenario?.alertText ?? '');
  const [teamIds, setTeamIds] = useState<string[]>(scenario?.teams.map((team) => team.id) ?? []);
  const [locationId, setLocationId] = useState(scenario?.location?.id ?? '');
  const [situationTemplateId, setSituationTemplateId] = useState(scenario?.situationTemplate?.id ?? '');
  const [labels, setLabels] = useState(formatLabels(scenario?.labels ?? []));
  const [opensChat, setOpensChat] = useState(scenario?.opensChat ?? true);
  const [tasks, setTasks] = useState(() => draftTasks(scenario?.initialTasks ?? []));

  const text = {
    title: t('preparation.scenarios.titleField'),
    description: t('preparation.scenarios.description'),
    alertText: t('preparation.scenarios.alertText'),
    teamIds: t('preparation.scenarios.teams'),
    locationId: t('preparation.scenarios.location'),
    situationTemplateId: t('preparation.scenarios.situationTemplate'),
    labels: t('preparation.common.labels'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const input = {
        title: title.trim(),
        description: description.trim(),
        alertText: alertText.trim(),
        teamIds,
        locationId: locationId || null,
        situationTemplateId: situationTemplateId || null,
        labels: parseLabels(labels),
        opensChat,
        initialTasks: preparedTasks(tasks),
      };
      onSaved(
        scenario ? await changeIncidentTemplate(scenario.id, input) : await createIncidentTemplate(input),
      );
    },
    {
      check: () => ({
        title: !title.trim() && t('preparation.scenarios.titleMissing'),
        ...Object.fromEntries(
          tasks.map((task, index) => [
            `initialTasks.${index}.title`,
            !task.title.trim() && t('preparation.scenarios.taskTitleMissing', { number: index + 1 }),
          ]),
        ),
      }),
      fieldText: (path) => (path === 'title' ? t('preparation.scenarios.titleMissing') : undefined),
    },
  );

  const firstTeam = teams[0];
  const fields: Record<string, { id: string; label: string }> = {
    title: { id: 'scenario-title', label: text.title },
    description: { id: 'scenario-description', label: text.description },
    alertText: { id: 'scenario-alert-text', label: text.alertText },
    locationId: { id: 'scenario-location', label: text.locationId },
    situationTemplateId: { id: 'scenario-situation-template', label: text.situationTemplateId },
    labels: { id: 'scenario-labels', label: text.labels },
    opensChat: { id: 'scenario-opens-chat', label: t('preparation.scenarios.opensChat') },
  };
  const teamsField = firstTeam ? { id: `scenario-teams-${firstTeam.id}`, label: text.teamIds } : undefined;
  if (teamsField) fields.teamIds = teamsField;
  for (const path of Object.keys(errors?.fields ?? {})) {
    const id = taskFieldId('scenario-tasks', tasks, path);
    const index = Number(/^initialTasks\.(\d+)\./.exec(path)?.[1] ?? 0);
    if (id)
      fields[path] = {
        id,
        label: t('preparation.scenarios.taskNumber', { number: index + 1, total: tasks.length }),
      };
    else if (path.startsWith('teamIds.') && teamsField) fields[path] = teamsField;
  }

  return (
    <>
      <ErrorSummary errors={errors} fields={fields} />
      <form className="form prep-form-wide" noValidate onSubmit={onSubmit}>
        <TextField
          id="scenario-title"
          label={text.title}
          hint={t('preparation.scenarios.titleHint')}
          autoComplete="off"
          maxLength={200}
          value={title}
          onValueChange={setTitle}
          error={errors?.fields.title}
        />
        <TextAreaField
          id="scenario-description"
          label={text.description}
          hint={t('preparation.scenarios.descriptionHint')}
          optional
          maxLength={5000}
          value={description}
          onValueChange={setDescription}
          error={errors?.fields.description}
        />
        <TextAreaField
          id="scenario-alert-text"
          label={text.alertText}
          hint={t('preparation.scenarios.alertTextHint')}
          optional
          maxLength={2000}
          value={alertText}
          onValueChange={setAlertText}
          error={errors?.fields.alertText}
        />
        {teams.length > 0 ? (
          <CheckboxGroup
            id="scenario-teams"
            legend={text.teamIds}
            hint={t('preparation.scenarios.teamsHint')}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
            values={teamIds}
            onValuesChange={setTeamIds}
            error={errors?.fields.teamIds}
          />
        ) : (
          <div className="field">
            <p className="field__label">{text.teamIds}</p>
            <p className="field__hint">
              {t('preparation.scenarios.noTeams')}{' '}
              <Link to="/preparation/teams">{t('preparation.scenarios.toTeams')}</Link>
            </p>
          </div>
        )}
        <SelectField
          id="scenario-location"
          label={text.locationId}
          hint={t('preparation.scenarios.locationHint')}
          optional
          value={locationId}
          options={[
            { value: '', label: t('preparation.scenarios.noLocation') },
            ...locations.map((location) => ({ value: location.id, label: location.name })),
          ]}
          onValueChange={setLocationId}
          error={errors?.fields.locationId}
        />
        <SelectField
          id="scenario-situation-template"
          label={text.situationTemplateId}
          hint={t('preparation.scenarios.situationTemplateHint')}
          optional
          value={situationTemplateId}
          options={[
            { value: '', label: t('preparation.scenarios.defaultSituation') },
            ...situationTemplates.map((template) => ({ value: template.id, label: template.name })),
          ]}
          onValueChange={setSituationTemplateId}
          error={errors?.fields.situationTemplateId}
        />
        <TextField
          id="scenario-labels"
          label={text.labels}
          hint={t('preparation.scenarios.labelsHint')}
          optional
          autoComplete="off"
          value={labels}
          onValueChange={setLabels}
          error={errors?.fields.labels}
        />
        <div className="switch">
          <input
            id="scenario-opens-chat"
            type="checkbox"
            role="switch"
            className="switch__input"
            checked={opensChat}
            aria-checked={opensChat}
            aria-describedby="scenario-opens-chat-hint"
            onChange={(event) => setOpensChat(event.target.checked)}
          />
          <label htmlFor="scenario-opens-chat" className="switch__label">
            {t('preparation.scenarios.opensChat')}
          </label>
          <p id="scenario-opens-chat-hint" className="switch__hint">
            {t('preparation.scenarios.opensChatHint')}
          </p>
        </div>
        <TasksEditor idPrefix="scenario-tasks" tasks={tasks} onChange={setTasks} errors={errors} />
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </>
  );
}
