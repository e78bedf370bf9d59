import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/api-client';
import {
  fetchMapConfig,
  type IncidentLocation,
  listIncidentLocations,
  type MapConfig,
  removeIncidentLocation,
} from '../../../api/incident-locations-api';
import type { Incident } from '../../../api/incidents-api';
import { useIncidentEvent, useLiveLoad } from '../../../features/incidents/incident-events';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../../ui/notice';
import { AddLocationForm } from './locations/add-location-form';
import { LocationCard } from './locations/location-card';
import { locationFrom, removedIdFrom } from './locations/location-links';
import { MapBoundary } from './locations/map-boundary';
import './panel-parts.css';
import './locations-panel.css';

// Leaflet only loads when the organisation configured a map.
const LocationsMap = lazy(() =>
  import('./locations/locations-map').then((module) => ({ default: module.LocationsMap })),
);

function withLocation(locations: IncidentLocation[] | undefined, location: IncidentLocation) {
  if (!locations) return locations;
  return locations.some((item) => item.id === location.id)
    ? locations.map((item) => (item.id === location.id ? location : item))
    : [...locations, location];
}

/** The places of the incident: a list with links to a map app, and a map when one is configured. */
export function LocationsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const canWrite = incident.permissions.canWrite && incident.status === 'active';
  const [locations, setLocations] = useState<IncidentLocation[]>();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [mapConfig, setMapConfig] = useState<MapConfig>();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<IncidentLocation>();
  const [pending, setPending] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setLocations(await listIncidentLocations(incident.id, signal));
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [incident.id],
  );

  useLiveLoad(load);

  useEffect(() => {
    let current = true;
    fetchMapConfig()
      .then((config) => {
        if (current) setMapConfig(config);
      })
      // No map settings: the list with its links does the job.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  useIncidentEvent(['location.added'], (payload) => {
    const location = locationFrom(payload);
    if (location) setLocations((current) => withLocation(current, location));
  });
  useIncidentEvent(['location.removed'], (payload) => {
    const id = removedIdFrom(payload);
    if (id) setLocations((current) => current?.filter((item) => item.id !== id));
  });

  function focusAfterRender() {
    requestAnimationFrame(() => (addButton.current ?? title.current)?.focus());
  }

  async function remove() {
    if (!removing) return;
    setPending(true);
    try {
      await removeIncidentLocation(incident.id, removing.id);
      const { id, name } = removing;
      setLocations((current) => current?.filter((item) => item.id !== id));
      setStatus(t('incidentPanels.locations.removed', { name }));
      setProblem(undefined);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
      setRemoving(undefined);
      focusAfterRender();
    }
  }

  const tileUrl = mapConfig?.tileUrl;
  return (
    <section className="room-panel locations" aria-labelledby="locations-title">
      <div className="room-panel__header">
        <h2 id="locations-title" ref={title} tabIndex={-1}>
          {t('incidentPanels.locations.title')}
        </h2>
        {canWrite && !adding ? (
          <button
            ref={addButton}
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              setStatus(undefined);
              setAdding(true);
            }}
          >
            {t('incidentPanels.locations.add')}
          </button>
        ) : null}
      </div>
      {incident.status === 'active' ? null : <p className="room-panel__note">{t('incidentPanels.closed')}</p>}
      {adding && locations ? (
        <div className="card">
          <AddLocationForm
            incidentId={incident.id}
            added={locations}
            onAdded={(location) => {
              setLocations((current) => withLocation(current, location));
              setAdding(false);
              setStatus(t('incidentPanels.locations.added', { name: location.name }));
              focusAfterRender();
            }}
            onCancel={() => {
              setAdding(false);
              focusAfterRender();
            }}
          />
        </div>
      ) : null}
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void load()}
          >
            {t('incidentPanels.retry')}
          </button>
        </Notice>
      ) : null}
      {!locations && !problem ? <p className="loading">{t('access.loading')}</p> : null}
      {tileUrl && locations ? (
        <MapBoundary fallback={<p className="room-panel__note">{t('incidentPanels.locations.mapFailed')}</p>}>
          <Suspense
            fallback={
              <p className="loading locations-map__placeholder">{t('incidentPanels.locations.mapLoading')}</p>
            }
          >
            <LocationsMap
              locations={locations}
              config={{ tileUrl, attribution: mapConfig?.attribution ?? null }}
              label={t('incidentPanels.locations.mapLabel')}
            />
          </Suspense>
        </MapBoundary>
      ) : null}
      {locations && locations.length === 0 ? <p>{t('incidentPanels.locations.none')}</p> : null}
      {locations && locations.length > 0 ? (
        <ul className="card-list card-list--grid">
          {locations.map((location) => (
            <LocationCard
              key={location.id}
              location={location}
              canWrite={canWrite}
              onRemove={() => {
                setStatus(undefined);
                setRemoving(location);
              }}
            />
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        open={removing !== undefined}
        title={t('incidentPanels.locations.confirmTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('incidentPanels.locations.remove')}
        pending={pending}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(undefined)}
      >
        <p>{t('incidentPanels.locations.confirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}
