import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/api-client';
import {
  changeIncident,
  deleteIncident,
  type Incident,
  type IncidentStatus,
  incidentDownloadUrl,
} from '../../../api/incidents-api';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Notice } from '../../../ui/notice';

type Question = 'close' | 'delete';

interface RoomActionsProps {
  incident: Incident;
  onChanged(incident: Incident, message: string): void;
  onDeleted(): void;
}

/**
 * What can be done with the incident as a whole, behind one button so the room stays calm:
 * close (asked first), reopen, archive, delete (asked first), and the report and exports.
 */
export function RoomActions({ incident, onChanged, onDeleted }: RoomActionsProps) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question>();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const menu = useRef<HTMLDetailsElement>(null);
  const [refocusMenu, setRefocusMenu] = useState(false);
  const { permissions } = incident;

  // Runs after the dialog's own effect has closed it and handed focus back to the (now hidden) item.
  useEffect(() => {
    if (!refocusMenu) return;
    setRefocusMenu(false);
    menu.current?.querySelector('summary')?.focus();
  }, [refocusMenu]);

  /** The item chosen may be gone now (close becomes reopen): fold the menu, continue at its button. */
  function foldMenu() {
    if (!menu.current?.open) return;
    menu.current.open = false;
    setRefocusMenu(true);
  }

  async function run(action: () => Promise<void>) {
    if (pending) return;
    setPending(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
      setQuestion(undefined);
      foldMenu();
    }
  }

  const moveTo = (status: IncidentStatus) =>
    run(async () => {
      const changed = await changeIncident(incident.id, { status });
      onChanged(changed, t(`incidentRoom.actions.done.${status}`));
    });

  const remove = () =>
    run(async () => {
      await deleteIncident(incident.id);
      onDeleted();
    });

  return (
    <>
      <details ref={menu} className="room-menu">
        <summary className="button button--secondary button--small room-menu__toggle">
          {t('incidentRoom.actions.open')}
        </summary>
        <div className="room-menu__panel">
          {permissions.canClose ||
          permissions.canReopen ||
          permissions.canArchive ||
          permissions.canDelete ? (
            <ul className="room-menu__list" aria-label={t('incidentRoom.actions.statusLabel')}>
              {permissions.canClose ? (
                <li>
                  <button type="button" className="room-menu__item" onClick={() => setQuestion('close')}>
                    {t('incidentRoom.actions.close')}
                  </button>
                </li>
              ) : null}
              {permissions.canReopen ? (
                <li>
                  <button type="button" className="room-menu__item" onClick={() => void moveTo('active')}>
                    {t('incidentRoom.actions.reopen')}
                  </button>
                </li>
              ) : null}
              {permissions.canArchive ? (
                <li>
                  <button type="button" className="room-menu__item" onClick={() => void moveTo('archived')}>
                    {t('incidentRoom.actions.archive')}
                  </button>
                </li>
              ) : null}
              {permissions.canDelete ? (
                <li>
                  <button
                    type="button"
                    className="room-menu__item room-menu__item--danger"
                    onClick={() => setQuestion('delete')}
                  >
                    {t('incidentRoom.actions.delete')}
                  </button>
                </li>
              ) : null}
            </ul>
          ) : null}
          <ul className="room-menu__list" aria-label={t('incidentRoom.actions.downloadLabel')}>
            <li>
              <a className="room-menu__item" href={incidentDownloadUrl(incident.id, 'report.pdf')} download>
                {t('incidentRoom.actions.report')}
              </a>
            </li>
            <li>
              <a className="room-menu__item" href={incidentDownloadUrl(incident.id, 'export.json')} download>
                {t('incidentRoom.actions.exportJson')}
              </a>
            </li>
            <li>
              <a className="room-menu__item" href={incidentDownloadUrl(incident.id, 'export.csv')} download>
                {t('incidentRoom.actions.exportCsv')}
              </a>
            </li>
          </ul>
        </div>
      </details>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}

      <ConfirmDialog
        open={question === 'close'}
        title={t('incidentRoom.actions.closeTitle', { number: incident.number })}
        confirmLabel={t('incidentRoom.actions.close')}
        tone="primary"
        pending={pending}
        onConfirm={() => void moveTo('closed')}
        onCancel={() => setQuestion(undefined)}
      >
        <p>{t('incidentRoom.actions.closeText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={question === 'delete'}
        title={t('incidentRoom.actions.deleteTitle', { number: incident.number })}
        confirmLabel={t('incidentRoom.actions.delete')}
        pending={pending}
        onConfirm={() => void remove()}
        onCancel={() => setQuestion(undefined)}
      >
        <p>{t('incidentRoom.actions.deleteText', { title: incident.title })}</p>
      </ConfirmDialog>
    </>
  );
}
