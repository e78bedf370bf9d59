import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocation, createLocation } from '../../api/preparation-api';
import type { PreparedLocation } from '../../api/preparation-types';
import { ErrorSummary } from '../../ui/form/error-summary';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { coordinateProblem, parseCoordinate } from './coordinates';
import type { ItemFormProps } from './editable-list';
import { FormActions } from './form-actions';
import { formatLabels, parseLabels } from './labels';
import { TextAreaField } from './text-area-field';

function coordinateText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A place: name and address, optionally its coordinates, what it is for and labels. */
export function LocationForm({ idPrefix, item, onSaved, onCancel }: ItemFormProps<PreparedLocation>) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [address, setAddress] = useState(item?.address ?? '');
  const [latitude, setLatitude] = useState(coordinateText(item?.latitude));
  const [longitude, setLongitude] = useState(coordinateText(item?.longitude));
  const [description, setDescription] = useState(item?.description ?? '');
  const [labels, setLabels] = useState(formatLabels(item?.labels ?? []));
  const text = {
    name: t('preparation.locations.name'),
    address: t('preparation.locations.address'),
    latitude: t('preparation.locations.latitude'),
    longitude: t('preparation.locations.longitude'),
    description: t('preparation.locations.description'),
    labels: t('preparation.common.labels'),
  };

  function coordinateErrors() {
    const lat = parseCoordinate(latitude);
    const lon = parseCoordinate(longitude);
    return {
      latitude:
        (coordinateProblem(lat, 90) && t('preparation.locations.latitudeInvalid')) ||
        (lat === null && lon !== null && t('preparation.locations.coordinatesPair')),
      longitude:
        (coordinateProblem(lon, 180) && t('preparation.locations.longitudeInvalid')) ||
        (lon === null && lat !== null && t('preparation.locations.coordinatesPair')),
    };
  }

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const input = {
        name: name.trim(),
        address: address.trim(),
        latitude: parseCoordinate(latitude),
        longitude: parseCoordinate(longitude),
        description: description.trim(),
        labels: parseLabels(labels),
      };
      const saved = item ? await changeLocation(item.id, input) : await createLocation(input);
      onSaved(t(item ? 'preparation.locations.saved' : 'preparation.locations.added', { name: saved.name }));
    },
    {
      check: () => ({ name: !name.trim() && t('preparation.locations.nameMissing'), ...coordinateErrors() }),
      fieldText: (path) =>
        ({
          name: t('preparation.locations.nameMissing'),
          latitude: t('preparation.locations.latitudeInvalid'),
          longitude: t('preparation.locations.longitudeInvalid'),
        })[path],
    },
  );

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: `${idPrefix}-name`, label: text.name },
          address: { id: `${idPrefix}-address`, label: text.address },
          latitude: { id: `${idPrefix}-latitude`, label: text.latitude },
          longitude: { id: `${idPrefix}-longitude`, label: text.longitude },
          description: { id: `${idPrefix}-description`, label: text.description },
          labels: { id: `${idPrefix}-labels`, label: text.labels },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id={`${idPrefix}-name`}
          label={text.name}
          hint={t('preparation.locations.nameHint')}
          autoComplete="off"
          maxLength={200}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextAreaField
          id={`${idPrefix}-address`}
          label={text.address}
          optional
          rows={2}
          maxLength={500}
          value={address}
          onValueChange={setAddress}
          error={errors?.fields.address}
        />
        <fieldset className="fieldset" aria-describedby={`${idPrefix}-coordinates-hint`}>
          <legend className="field__label">
            {t('preparation.locations.coordinates')}
            <span className="field__optional"> ({t('form.optional')})</span>
          </legend>
          <p id={`${idPrefix}-coordinates-hint`} className="field__hint">
            {t('preparation.locations.coordinatesHint')}
          </p>
          <div className="prep-coordinates">
            <TextField
              id={`${idPrefix}-latitude`}
              label={text.latitude}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={latitude}
              onValueChange={setLatitude}
              error={errors?.fields.latitude}
            />
            <TextField
              id={`${idPrefix}-longitude`}
              label={text.longitude}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={longitude}
              onValueChange={setLongitude}
              error={errors?.fields.longitude}
            />
          </div>
        </fieldset>
        <TextAreaField
          id={`${idPrefix}-description`}
          label={text.description}
          hint={t('preparation.locations.descriptionHint')}
          optional
          maxLength={2000}
          value={description}
          onValueChange={setDescription}
          error={errors?.fields.description}
        />
        <TextField
          id={`${idPrefix}-labels`}
          label={text.labels}
          hint={t('preparation.locations.labelsHint')}
          optional
          autoComplete="off"
          value={labels}
          onValueChange={setLabels}
          error={errors?.fields.labels}
        />
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </>
  );
}
