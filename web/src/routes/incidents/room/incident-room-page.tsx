import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemText } from '../../../api/api-client';
import { fetchIncident, type Incident } from '../../../api/incidents-api';
import {
  IncidentEventsProvider,
  LIVE_RESYNC,
  useIncidentEvent,
  useLiveProgress,
} from '../../../features/incidents/incident-events';
import { Link } from '../../../router/link';
import { navigate, usePathname, useSearchParam } from '../../../router/router';
import { Notice, StatusMessage } from '../../../ui/notice';
import { PageTitle } from '../../../ui/page-title';
import { routeParam } from '../../routes';
import { AlertsPanel } from './alerts/alerts-panel';
import { ChatPanel } from './chat-panel';
import { changedIncidentFrom } from './incident-from';
import { LocationsPanel } from './locations-panel';
import { LogbookPanel } from './logbook-panel';
import { RoomHeader } from './room-header';
import { type RoomTab, RoomTabs, tabsOf } from './room-tabs';
import { SituationPanel } from './situation-panel';
import { TasksPanel } from './tasks-panel';
import { TeamPanel } from './team-panel';
import '../incidents.css';
import './panel-parts.css';
import './room.css';

const PANELS: Record<RoomTab, (props: { incident: Incident }) => ReactNode> = {
  logbook: LogbookPanel,
  tasks: TasksPanel,
  situation: SituationPanel,
  team: TeamPanel,
  alerts: AlertsPanel,
  locations: LocationsPanel,
  chat: ChatPanel,
};

/** /incidents/:id — the room where the crisis team works on one incident. */
export function IncidentRoomPage() {
  const pathname = usePathname();
  const id = routeParam('/incidents/:id', pathname, 'id') ?? '';
  return <IncidentRoom key={id} incidentId={id} />;
}

function IncidentRoom({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [incident, setIncident] = useState<Incident>();
  const [problem, setProblem] = useState<{ message: string; missing: boolean }>();

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setIncident(await fetchIncident(incidentId, signal));
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem({
          message: problemText(error),
          missing: error instanceof ApiError && (error.status === 404 || error.status === 400),
        });
      }
    },
    [incidentId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (!incident) {
    if (problem?.missing) return <MissingIncident />;
    return (
      <div className="container page">
        {problem ? (
          <>
            <PageTitle>{t('incidentRoom.problemTitle')}</PageTitle>
            <Notice tone="error">
              <p>{problem.message}</p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => void load()}
              >
                {t('incidentRoom.retry')}
              </button>
            </Notice>
          </>
        ) : (
          <p className="loading" role="status">
            {t('access.loading')}
          </p>
        )}
      </div>
    );
  }
  return (
    <IncidentEventsProvider incidentId={incident.id}>
      <RoomView incident={incident} setIncident={setIncident} reload={load} />
    </IncidentEventsProvider>
  );
}

function MissingIncident() {
  const { t } = useTranslation();
  return (
    <div className="container page narrow">
      <PageTitle>{t('incidentRoom.missingTitle')}</PageTitle>
      <p>{t('incidentRoom.missingText')}</p>
      <p>
        <Link to="/incidents">{t('incidentRoom.toList')}</Link>
      </p>
    </div>
  );
}

interface RoomViewProps {
  incident: Incident;
  setIncident(update: (current: Incident | undefined) => Incident | undefined): void;
  reload(): Promise<void>;
}

function RoomView({ incident, setIncident, reload }: RoomViewProps) {
  const { t } = useTranslation();
  const requested = useSearchParam('tab');
  const tab = tabsOf(incident).find((candidate) => candidate === requested) ?? 'logbook';
  const { ready } = useLiveProgress();
  const [status, setStatus] = useState<string>();
  const [deleted, setDeleted] = useState(false);
  // A panel stays once opened (hidden when another is shown), so a half-typed entry survives a look elsewhere.
  const [opened, setOpened] = useState<RoomTab[]>([tab]);
  if (!opened.includes(tab)) setOpened([...opened, tab]);

  useIncidentEvent(['incident.changed'], (payload) => {
    const changed = changedIncidentFrom(payload, incident.id);
    if (!changed) return;
    setIncident((current) => (current ? { ...changed, permissions: current.permissions } : current));
    // What this person may do follows the status: ask for it again.
    if (changed.status !== incident.status) {
      setStatus(t(`incidentRoom.statusNow.${changed.status}`));
      void reload();
    }
  });
  useIncidentEvent(['incident.deleted'], () => setDeleted(true));
  useIncidentEvent([LIVE_RESYNC], () => void reload());

  // Another part chosen: continue at its heading, as after a page change.
  const panels = useRef<HTMLDivElement>(null);
  const shown = useRef(tab);
  useEffect(() => {
    if (shown.current === tab) return;
    shown.current = tab;
    const heading = panels.current?.querySelector<HTMLElement>(`#room-panel-${tab} h2`);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [tab]);

  if (deleted) {
    return (
      <div className="container page narrow">
        <PageTitle>{t('incidentRoom.deletedTitle')}</PageTitle>
        <Notice tone="warning">
          <p>{t('incidentRoom.deletedText', { number: incident.number, title: incident.title })}</p>
        </Notice>
        <p>
          <Link to="/incidents">{t('incidentRoom.toList')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className={incident.isExercise ? 'container room room--exercise' : 'container room'}>
      <RoomHeader
        incident={incident}
        onChanged={(changed, message) => {
          setIncident(() => changed);
          setStatus(message);
        }}
        onDeleted={() => navigate('/incidents')}
      />
      <StatusMessage message={status} />
      <div className="room__body">
        <RoomTabs incident={incident} current={tab} />
        <div ref={panels} className="room__panels">
          {ready ? (
            opened
              .filter((name) => tabsOf(incident).includes(name))
              .map((name) => {
                const Panel = PANELS[name];
                return (
                  <div key={name} id={`room-panel-${name}`} className="room__panel" hidden={name !== tab}>
                    <Panel incident={incident} />
                  </div>
                );
              })
          ) : (
            <p className="loading" role="status">
              {t('access.loading')}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
