import { useTranslation } from 'react-i18next';
import { deleteLocation, listLocations } from '../../api/preparation-api';
import { formatCoordinates, openStreetMapUrl } from '../../ui/coordinates';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { EditableList } from './editable-list';
import { LabelList } from './label-list';
import { LocationForm } from './location-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

/** Places the organisation may need in a crisis: town hall, fallback location, shelter. */
export function LocationsPage() {
  const { t, i18n } = useTranslation();
  const canManage = useCanManage();
  const locations = useLoaded(listLocations);

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.locations.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.locations.introAdmin') : t('preparation.locations.intro')}
      </p>
      <EditableList
        id="locations"
        items={locations.data}
        problem={locations.problem}
        reload={locations.reload}
        canManage={canManage}
        level="h2"
        nameOf={(location) => location.name}
        text={{
          add: t('preparation.locations.add'),
          addTitle: t('preparation.locations.addTitle'),
          editTitle: (name) => t('preparation.locations.editTitle', { name }),
          empty: t('preparation.locations.none'),
          count: (count) => t('preparation.locations.count', { count }),
          deleted: (name) => t('preparation.locations.deleted', { name }),
          confirmTitle: (name) => t('preparation.locations.confirmTitle', { name }),
          confirmText: () => t('preparation.locations.confirmText'),
        }}
        details={(location) => (
          <>
            <dl className="facts">
              {location.address ? (
                <div>
                  <dt>{t('preparation.locations.address')}</dt>
                  <dd className="prep-multiline">{location.address}</dd>
                </div>
              ) : null}
              {location.latitude !== null && location.longitude !== null ? (
                <div>
                  <dt>{t('preparation.locations.coordinates')}</dt>
                  <dd>
                    {formatCoordinates(
                      { latitude: location.latitude, longitude: location.longitude },
                      i18n.resolvedLanguage,
                    )}
                    <br />
                    <a
                      href={openStreetMapUrl({ latitude: location.latitude, longitude: location.longitude })}
                      rel="noopener noreferrer"
                    >
                      {t('preparation.locations.openMap')}
                      <span className="visually-hidden"> {location.name}</span>
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
            {location.description ? (
              <p className="card__note prep-multiline">{location.description}</p>
            ) : null}
            <LabelList labels={location.labels} />
          </>
        )}
        form={(props) => <LocationForm {...props} />}
        remove={(location) => deleteLocation(location.id)}
      />
    </div>
  );
}
