import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addIncidentLocation,
  type IncidentLocation,
  type NewIncidentLocation,
} from '../../../../api/incident-locations-api';
import { listLocations } from '../../../../api/preparation-api';
import type { PreparedLocation } from '../../../../api/preparation-types';
import { ErrorSummary } from '../../../../ui/form/error-summary';
import { FieldFrame } from '../../../../ui/form/field-frame';
import { SubmitButton } from '../../../../ui/form/submit-button';
import { TextField } from '../../../../ui/form/text-field';
import { useFormSubmit } from '../../../../ui/form/use-form-submit';
import { parseCoordinate } from './location-links';

type Mode = 'prepared' | 'manual';

/** Adds a place to the incident: one of the organisation's default locations, or typed in on the spot. */
export function AddLocationForm({
  incidentId,
  added,
  onAdded,
  onCancel,
}: {
  incidentId: string;
  /** What the incident already has, so a default location is not offered twice. */
  added: IncidentLocation[];
  onAdded(location: IncidentLocation): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [prepared, setPrepared] = useState<PreparedLocation[]>();
  const [mode, setMode] = useState<Mode>('prepared');
  const [locationId, setLocationId] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [description, setDescription] = useState('');
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [positionStatus, setPositionStatus] = useState<string>();
  const [locating, setLocating] = useState(false);
  const firstField = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    listLocations(controller.signal)
      .then(setPrepared)
      .catch(() => {
        if (!controller.signal.aborted) setPrepared([]);
      });
    return () => controller.abort();
  }, []);

  const choosable = (prepared ?? []).filter(
    (item) => !added.some((location) => location.locationId === item.id),
  );
  // Without default locations left, typing one in is the only way.
  const effectiveMode: Mode = prepared && choosable.length === 0 ? 'manual' : mode;

  // The form opens on a button press: continue in its first field once the list is there.
  const loaded = prepared !== undefined;
  useEffect(() => {
    if (loaded) firstField.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [loaded]);

  function checkManual() {
    const lat = latitude.trim() ? parseCoordinate(latitude, 90) : null;
    const lon = longitude.trim() ? parseCoordinate(longitude, 180) : null;
    const onlyOne = (latitude.trim() === '') !== (longitude.trim() === '');
    return {
      name: !name.trim() && t('incidentPanels.locations.nameMissing'),
      latitude:
        (lat === undefined && t('incidentPanels.locations.latitudeInvalid')) ||
        (onlyOne && !latitude.trim() && t('incidentPanels.locations.coordinatesPair')),
      longitude:
        (lon === undefined && t('incidentPanels.locations.longitudeInvalid')) ||
        (onlyOne && !longitude.trim() && t('incidentPanels.locations.coordinatesPair')),
    };
  }

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      let input: NewIncidentLocation;
      if (effectiveMode === 'prepared') {
        input = { locationId };
      } else {
        const lat = parseCoordinate(latitude, 90);
        const lon = parseCoordinate(longitude, 180);
        input = {
          name: name.trim(),
          ...(address.trim() ? { address: address.trim() } : {}),
          ...(description.trim() ? { description: description.trim() } : {}),
          ...(lat !== undefined && lon !== undefined ? { latitude: lat, longitude: lon } : {}),
        };
      }
      onAdded(await addIncidentLocation(incidentId, input));
    },
    {
      check: () =>
        effectiveMode === 'prepared'
          ? { locationId: !locationId && t('incidentPanels.locations.chooseMissing') }
          : checkManual(),
      fieldText: (path) =>
        path === 'name'
          ? t('incidentPanels.locations.nameMissing')
          : path === 'latitude'
            ? t('incidentPanels.locations.latitudeInvalid')
            : path === 'longitude'
              ? t('incidentPanels.locations.longitudeInvalid')
              : undefined,
    },
  );

  function fillMyPosition() {
    setLocating(true);
    setPositionStatus(undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLatitude(position.coords.latitude.toFixed(6));
        setLongitude(position.coords.longitude.toFixed(6));
        setPositionStatus(t('incidentPanels.locations.positionFilled'));
        setLocating(false);
      },
      () => {
        setPositionStatus(t('incidentPanels.locations.positionFailed'));
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  return (
    <form
      className="form form--compact location-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="add-location-title"
    >
      <h3 id="add-location-title">{t('incidentPanels.locations.addTitle')}</h3>
      <ErrorSummary
        errors={errors}
        fields={{
          locationId: { id: 'add-location-choice', label: t('incidentPanels.locations.choose') },
          name: { id: 'add-location-name', label: t('incidentPanels.locations.name') },
          latitude: { id: 'add-location-latitude', label: t('incidentPanels.locations.latitude') },
          longitude: { id: 'add-location-longitude', label: t('incidentPanels.locations.longitude') },
        }}
      />
      <div ref={firstField} className="location-form__fields">
        {prepared && choosable.length > 0 ? (
          <fieldset className="segmented">
            <legend className="segmented__legend">{t('incidentPanels.locations.how')}</legend>
            <div className="segmented__options">
              {(['prepared', 'manual'] as const).map((option) => (
                <span key={option} className="segmented__option">
                  <input
                    id={`add-location-mode-${option}`}
                    type="radio"
                    name="add-location-mode"
                    checked={effectiveMode === option}
                    onChange={() => setMode(option)}
                  />
                  <label htmlFor={`add-location-mode-${option}`}>
                    {t(`incidentPanels.locations.mode.${option}`)}
                  </label>
                </span>
              ))}
            </div>
          </fieldset>
        ) : null}
        {!prepared ? <p className="loading">{t('access.loading')}</p> : null}
        {prepared && effectiveMode === 'prepared' ? (
          <FieldFrame
            id="add-location-choice"
            label={t('incidentPanels.locations.choose')}
            error={errors?.fields.locationId}
          >
            {(control) => (
              <select
                className="field__input field__select"
                {...control}
                value={locationId}
                onChange={(event) => setLocationId(event.target.value)}
              >
                <option value="">{t('incidentPanels.locations.chooseNone')}</option>
                {choosable.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.address ? `${item.name} (${item.address})` : item.name}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        ) : null}
        {prepared && effectiveMode === 'manual' ? (
          <>
            <TextField
              id="add-location-name"
              label={t('incidentPanels.locations.name')}
              maxLength={200}
              autoComplete="off"
              value={name}
              onValueChange={setName}
              error={errors?.fields.name}
            />
            <TextField
              id="add-location-address"
              label={t('incidentPanels.locations.address')}
              optional
              maxLength={300}
              autoComplete="off"
              value={address}
              onValueChange={setAddress}
              error={errors?.fields.address}
            />
            <TextField
              id="add-location-description"
              label={t('incidentPanels.locations.description')}
              optional
              maxLength={1000}
              autoComplete="off"
              value={description}
              onValueChange={setDescription}
              error={errors?.fields.description}
            />
            <fieldset className="fieldset field">
              <legend className="field__label">
                {t('incidentPanels.locations.coordinates')}
                <span className="field__optional"> ({t('form.optional')})</span>
              </legend>
              <p className="field__hint">{t('incidentPanels.locations.coordinatesHint')}</p>
              <div className="location-form__coordinates">
                <TextField
                  id="add-location-latitude"
                  label={t('incidentPanels.locations.latitude')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={latitude}
                  onValueChange={setLatitude}
                  error={errors?.fields.latitude}
                />
                <TextField
                  id="add-location-longitude"
                  label={t('incidentPanels.locations.longitude')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={longitude}
                  onValueChange={setLongitude}
                  error={errors?.fields.longitude}
                />
              </div>
              {'geolocation' in navigator ? (
                <div className="location-form__position">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-busy={locating || undefined}
                    onClick={() => {
                      if (!locating) fillMyPosition();
                    }}
                  >
                    {locating
                      ? t('incidentPanels.locations.positionBusy')
                      : t('incidentPanels.locations.useMyPosition')}
                  </button>
                  <output className="location-form__position-status">{positionStatus}</output>
                </div>
              ) : null}
            </fieldset>
          </>
        ) : null}
      </div>
      <div className="form__actions">
        <SubmitButton pending={pending}>{t('incidentPanels.locations.add')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
