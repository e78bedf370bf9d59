import { useTranslation } from 'react-i18next';

export type WhoFilter = 'all' | 'mine';
export type StateFilter = 'open' | 'done' | 'all';

const WHO: readonly WhoFilter[] = ['all', 'mine'];
const STATES: readonly StateFilter[] = ['open', 'done', 'all'];

function Choice<T extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label(option: T): string;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <span key={option} className="segmented__option">
            <input
              id={`${name}-${option}`}
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <label htmlFor={`${name}-${option}`}>{label(option)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** Which tasks to show: everyone's or mine, and open, finished or all. */
export function TaskFilters({
  who,
  state,
  onWhoChange,
  onStateChange,
}: {
  who: WhoFilter;
  state: StateFilter;
  onWhoChange(value: WhoFilter): void;
  onStateChange(value: StateFilter): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="tasks__filters">
      <Choice
        name="tasks-who"
        legend={t('incidentPanels.tasks.filterWho')}
        options={WHO}
        value={who}
        label={(option) => t(`incidentPanels.tasks.who.${option}`)}
        onChange={onWhoChange}
      />
      <Choice
        name="tasks-state"
        legend={t('incidentPanels.tasks.filterState')}
        options={STATES}
        value={state}
        label={(option) => t(`incidentPanels.tasks.state.${option}`)}
        onChange={onStateChange}
      />
    </div>
  );
}
