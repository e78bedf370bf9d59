import { useTranslation } from 'react-i18next';
import type { LogbookClassification, LogbookLabel } from '../../../../api/preparation-types';
import { Checkbox } from '../../../../ui/form/checkbox-group';
import { SelectField } from '../../../../ui/form/select-field';
import { TextField } from '../../../../ui/form/text-field';
import { activeFilterCount, type LogbookFilter, NO_FILTER } from './logbook-rules';

interface LogbookFiltersProps {
  filter: LogbookFilter;
  classifications: LogbookClassification[];
  labels: LogbookLabel[];
  authors: { id: string; name: string }[];
  onChange(filter: LogbookFilter): void;
}

/** Narrowing the logbook down; folded away until needed, with the number of filters in use on it. */
export function LogbookFilters({ filter, classifications, labels, authors, onChange }: LogbookFiltersProps) {
  const { t } = useTranslation();
  const active = activeFilterCount(filter);
  const set = (changes: Partial<LogbookFilter>) => onChange({ ...filter, ...changes });
  const all = { value: '', label: t('incidentLogbook.filters.all') };
  return (
    <details className="logbook-filters">
      <summary>
        {active > 0
          ? t('incidentLogbook.filters.titleActive', { count: active })
          : t('incidentLogbook.filters.title')}
      </summary>
      <div className="logbook-filters__fields">
        {classifications.length > 0 ? (
          <SelectField
            id="logbook-filter-classification"
            label={t('incidentLogbook.form.classification')}
            value={filter.classificationId}
            options={[all, ...classifications.map((item) => ({ value: item.id, label: item.name }))]}
            onValueChange={(classificationId) => set({ classificationId })}
          />
        ) : null}
        {labels.length > 0 ? (
          <SelectField
            id="logbook-filter-label"
            label={t('incidentLogbook.filters.label')}
            value={filter.labelId}
            options={[all, ...labels.map((label) => ({ value: label.id, label: label.name }))]}
            onValueChange={(labelId) => set({ labelId })}
          />
        ) : null}
        <SelectField
          id="logbook-filter-author"
          label={t('incidentLogbook.filters.author')}
          value={filter.authorId}
          options={[all, ...authors.map((author) => ({ value: author.id, label: author.name }))]}
          onValueChange={(authorId) => set({ authorId })}
        />
        <TextField
          id="logbook-filter-from"
          type="datetime-local"
          label={t('incidentLogbook.filters.from')}
          value={filter.from}
          onValueChange={(from) => set({ from })}
        />
        <TextField
          id="logbook-filter-until"
          type="datetime-local"
          label={t('incidentLogbook.filters.until')}
          value={filter.until}
          onValueChange={(until) => set({ until })}
        />
        <Checkbox
          id="logbook-filter-decisions"
          label={t('incidentLogbook.filters.decisionsOnly')}
          checked={filter.decisionsOnly}
          onCheckedChange={(decisionsOnly) => set({ decisionsOnly })}
        />
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(NO_FILTER)}
          >
            {t('incidentLogbook.filters.clear')}
          </button>
        </div>
      </div>
    </details>
  );
}
