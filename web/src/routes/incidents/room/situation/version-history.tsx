import { useTranslation } from 'react-i18next';
import type { SituationVersionSummary } from '../../../../api/situation-api';
import { useZonedTime } from '../tasks/zoned-time';

/** Every saved version, newest first; choosing one shows that picture read-only. */
export function VersionHistory({
  versions,
  currentVersion,
  shownVersion,
  onShow,
}: {
  versions: SituationVersionSummary[];
  currentVersion: number;
  shownVersion: number;
  onShow(version: number): void;
}) {
  const { t } = useTranslation();
  const time = useZonedTime();
  return (
    <ol className="situation__versions">
      {versions.map((version) => (
        <li key={version.version}>
          <button
            type="button"
            className="situation__version"
            aria-current={version.version === shownVersion ? 'true' : undefined}
            onClick={() => onShow(version.version)}
          >
            <span className="situation__version-time">
              <time dateTime={version.createdAt}>{time.moment(version.createdAt)}</time>
            </span>
            <span>
              {t('incidentPanels.situation.versionNumber', { version: version.version })}
              {version.version === currentVersion ? ` (${t('incidentPanels.situation.currentMark')})` : ''}
            </span>
            <span className="situation__version-author">
              {version.author?.name ?? t('incidentPanels.unknownPerson')}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
