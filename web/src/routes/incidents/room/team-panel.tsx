import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/api-client';
import {
  type Incident,
  listParticipants,
  type Participant,
  type Presence,
  removeParticipant,
  setMyPresence,
} from '../../../api/incidents-api';
import { useIncidentEvent, useLiveLoad } from '../../../features/incidents/incident-events';
import { useSession } from '../../../session/session-context';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../../ui/notice';
import { groupByTeam } from '../start/start-draft';
import { AddParticipantForm } from './team/add-participant-form';
import { participantsFrom } from './team/participants-from';
import { PresencePicker } from './team/presence-picker';
import { PresenceSummary, TeamList } from './team/team-list';
import './team/team.css';

/** Who works on the incident, per team with role and presence; set your own presence here. */
export function TeamPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [participants, setParticipants] = useState<Participant[]>();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [presencePending, setPresencePending] = useState(false);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Participant>();
  const [removePending, setRemovePending] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const canWrite = incident.permissions.canWrite && incident.status === 'active';

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setParticipants(await listParticipants(incident.id, signal));
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [incident.id],
  );
  useLiveLoad(load);

  useIncidentEvent(['participants.changed'], (payload) => {
    const people = participantsFrom(payload);
    if (people) setParticipants(people);
  });

  const mine = participants?.filter((participant) => participant.user.id === user?.id) ?? [];
  const myPresence = mine[0]?.presence;

  async function choosePresence(presence: Presence) {
    if (!user) return;
    const before = participants;
    // Shown at once; the answer (and the live event) bring everyone's, and a failure puts it back.
    setParticipants((current) =>
      current?.map((participant) =>
        participant.user.id === user.id ? { ...participant, presence } : participant,
      ),
    );
    setPresencePending(true);
    setProblem(undefined);
    try {
      setParticipants(await setMyPresence(incident.id, presence));
      setStatus(t('incidentTeam.presenceSet', { presence: t(`incidentTeam.presence.${presence}`) }));
    } catch (error) {
      setParticipants(before);
      setProblem(problemText(error));
    } finally {
      setPresencePending(false);
    }
  }

  async function confirmRemove() {
    if (!removing) return;
    setRemovePending(true);
    setProblem(undefined);
    try {
      await removeParticipant(incident.id, removing.id);
      setParticipants((current) => current?.filter((participant) => participant.id !== removing.id));
      setStatus(t('incidentTeam.removed', { name: removing.user.name }));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setRemovePending(false);
      setRemoving(undefined);
      // The removed person's button is gone: continue at the panel's heading.
      heading.current?.focus();
    }
  }

  return (
    <section className="room-panel team" aria-labelledby="team-title">
      <div className="room-panel__header">
        <h2 id="team-title" ref={heading} tabIndex={-1}>
          {t('incidentTeam.title')}
        </h2>
        {canWrite && !adding ? (
          <button
            ref={addButton}
            type="button"
            className="button button--secondary button--small"
            aria-controls="add-participant"
            aria-expanded={false}
            onClick={() => setAdding(true)}
          >
            {t('incidentTeam.add')}
          </button>
        ) : null}
      </div>
      {canWrite ? null : <p className="room-panel__note">{t('incidentTeam.readOnly')}</p>}
      {canWrite && mine.length > 0 ? (
        <PresencePicker
          current={myPresence}
          pending={presencePending}
          onChoose={(next) => void choosePresence(next)}
        />
      ) : null}
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {canWrite && adding && participants ? (
        <AddParticipantForm
          incidentId={incident.id}
          participants={participants}
          onClose={() => {
            setAdding(false);
            window.requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : null}
      {participants ? (
        <>
          <PresenceSummary participants={participants} />
          <TeamList
            groups={groupByTeam(participants)}
            myId={user?.id}
            canRemove={canWrite && participants.length > 1}
            onRemove={setRemoving}
          />
        </>
      ) : problem ? null : (
        <p className="loading">{t('access.loading')}</p>
      )}

      <ConfirmDialog
        open={removing !== undefined}
        title={t('incidentTeam.removeTitle', { name: removing?.user.name ?? '' })}
        confirmLabel={t('incidentTeam.remove')}
        pending={removePending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      >
        <p>
          {t('incidentTeam.removeText', {
            name: removing?.user.name ?? '',
            team: removing?.teamName ?? t('incidentStart.team.direct'),
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
