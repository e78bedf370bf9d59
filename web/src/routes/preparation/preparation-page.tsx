import { useTranslation } from 'react-i18next';
import {
  listClassifications,
  listIncidentTemplates,
  listLocations,
  listRoles,
  listSituationTemplates,
  listTeams,
  listTeamTemplates,
} from '../../api/preparation-api';
import { Link } from '../../router/link';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { useCanManage } from './use-can-manage';
import './preparation-pages.css';

type Area = 'scenarios' | 'teams' | 'roles' | 'teamTemplates' | 'locations' | 'logbook' | 'situation';

const AREAS: readonly { area: Area; path: string; count: (signal: AbortSignal) => Promise<unknown[]> }[] = [
  { area: 'scenarios', path: '/preparation/scenarios', count: listIncidentTemplates },
  { area: 'teams', path: '/preparation/teams', count: listTeams },
  { area: 'roles', path: '/preparation/roles', count: listRoles },
  { area: 'teamTemplates', path: '/preparation/team-templates', count: listTeamTemplates },
  { area: 'locations', path: '/preparation/locations', count: listLocations },
  { area: 'logbook', path: '/preparation/logbook', count: listClassifications },
  { area: 'situation', path: '/preparation/situation-templates', count: listSituationTemplates },
];

/** How many of each there are; an area whose list fails simply shows no number. */
async function countAll(signal: AbortSignal): Promise<Partial<Record<Area, number>>> {
  const results = await Promise.allSettled(AREAS.map((entry) => entry.count(signal)));
  return Object.fromEntries(
    results.flatMap((result, index) => {
      const entry = AREAS[index];
      return result.status === 'fulfilled' && entry ? [[entry.area, result.value.length]] : [];
    }),
  );
}

/** What the organisation prepares before a crisis, one link per part. */
export function PreparationPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const counts = useLoaded(countAll);

  return (
    <div className="container page">
      <PageTitle>{t('preparation.title')}</PageTitle>
      <p className="page__intro">{canManage ? t('preparation.introAdmin') : t('preparation.intro')}</p>
      <ul className="preparation-areas">
        {AREAS.map(({ area, path }) => {
          const count = counts.data?.[area];
          return (
            <li key={area} className="preparation-area">
              <h2 className="preparation-area__title">
                <Link to={path}>{t(`preparation.areas.${area}.title`)}</Link>
              </h2>
              <p className="preparation-area__text">{t(`preparation.areas.${area}.text`)}</p>
              {count === undefined ? null : (
                <p className="preparation-area__count">{t(`preparation.areas.${area}.count`, { count })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
