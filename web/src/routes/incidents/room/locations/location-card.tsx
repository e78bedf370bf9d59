import { useTranslation } from 'react-i18next';
import type { IncidentLocation } from '../../../../api/incident-locations-api';
import { formatCoordinates, openStreetMapUrl } from '../../../../ui/coordinates';
import { ExternalLink } from '../../../../ui/external-link';
import { coordinatesOf, geoUri } from './location-links';

/** One place: name, address, what it is for, and links that open it in a map. */
export function LocationCard({
  location,
  canWrite,
  onRemove,
}: {
  location: IncidentLocation;
  canWrite: boolean;
  onRemove(): void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = `location-${location.id}`;
  const coordinates = coordinatesOf(location);
  return (
    <li className="card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        {location.name}
      </h3>
      {location.address ? <p className="location__address">{location.address}</p> : null}
      {location.description ? <p className="location__description">{location.description}</p> : null}
      {coordinates ? (
        <>
          <p className="location__coordinates">
            <span className="visually-hidden">{t('incidentPanels.locations.coordinates')}: </span>
            {formatCoordinates(coordinates, i18n.resolvedLanguage)}
          </p>
          <ul className="location__links">
            <li>
              <a href={geoUri(coordinates, location.name)}>
                {t('incidentPanels.locations.openInMaps')}
                <span className="visually-hidden">: {location.name}</span>
              </a>
            </li>
            <li>
              <ExternalLink href={openStreetMapUrl(coordinates)}>
                {t('incidentPanels.locations.openStreetMap')}
                <span className="visually-hidden">: {location.name}</span>
              </ExternalLink>
            </li>
          </ul>
        </>
      ) : (
        <p className="card__note">{t('incidentPanels.locations.noCoordinates')}</p>
      )}
      {canWrite ? (
        <div className="card__actions">
          <button type="button" className="button button--small button--danger-quiet" onClick={onRemove}>
            {t('incidentPanels.locations.remove')}
            <span className="visually-hidden">: {location.name}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
