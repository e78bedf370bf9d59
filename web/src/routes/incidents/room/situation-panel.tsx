import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemText } from '../../../api/api-client';
import type { Incident } from '../../../api/incidents-api';
import {
  fetchSituation,
  fetchSituationVersion,
  SITUATION_CONFLICT,
  type SituationPicture,
  type SituationVersion,
  saveSituation,
} from '../../../api/situation-api';
import { useIncidentEvent, useLiveLoad } from '../../../features/incidents/incident-events';
import { useSession } from '../../../session/session-context';
import { type FormErrors, formErrorsFrom } from '../../../ui/form/form-errors';
import { Notice, StatusMessage } from '../../../ui/notice';
import {
  adoptVersion,
  type SituationDraft,
  sectionsOf,
  startDraft,
  typeIn,
  versionFrom,
  withVersion,
} from './situation/situation-draft';
import { SituationEditor } from './situation/situation-editor';
import { SituationView } from './situation/situation-view';
import { VersionHistory } from './situation/version-history';
import { useZonedTime } from './tasks/zoned-time';
import './panel-parts.css';
import './situation-panel.css';

function withNewer(
  picture: SituationPicture | undefined,
  version: SituationVersion,
): SituationPicture | undefined {
  if (!picture) return picture;
  const versions = withVersion(picture.versions, version);
  return version.version > picture.current.version
    ? { current: version, versions }
    : { ...picture, versions };
}

/** The shared situation picture: the sections, who changed them when, editing, and every earlier version. */
export function SituationPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const time = useZonedTime();
  const canWrite = incident.permissions.canWrite && incident.status === 'active';
  const [picture, setPicture] = useState<SituationPicture>();
  const [problem, setProblem] = useState<string>();
  const [draft, setDraft] = useState<SituationDraft>();
  const [errors, setErrors] = useState<FormErrors>();
  const [conflict, setConflict] = useState<SituationVersion>();
  const [newer, setNewer] = useState<SituationVersion>();
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string>();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [viewing, setViewing] = useState<SituationVersion>();
  const [viewProblem, setViewProblem] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const viewingHeading = useRef<HTMLHeadingElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const editing = useRef(false);
  editing.current = draft !== undefined;
  const ownVersions = useRef(new Set<number>());
  const sections = sectionsOf(incident, picture?.current);
  const sectionsRef = useRef(sections);
  sectionsRef.current = sections;

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const loaded = await fetchSituation(incident.id, signal);
        setPicture((current) =>
          current && current.current.version > loaded.current.version ? current : loaded,
        );
        setDraft((current) => current && adoptVersion(current, loaded.current, sectionsRef.current));
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [incident.id],
  );

  useLiveLoad(load);

  useIncidentEvent(['situation.saved'], (payload) => {
    const version = versionFrom(payload);
    if (!version || ownVersions.current.has(version.version)) return;
    setPicture((current) => withNewer(current, version));
    const name = version.author?.name ?? t('incidentPanels.unknownPerson');
    if (editing.current) {
      // Their text goes beside the fields this person typed in; nothing they typed is replaced.
      setDraft((current) => current && adoptVersion(current, version, sectionsRef.current));
      setNewer(version);
    } else if (version.author?.id !== user?.id) {
      setStatus(t('incidentPanels.situation.newVersion', { name, time: time.moment(version.createdAt) }));
    }
  });

  function focusAfterRender(element: { current: HTMLElement | null }) {
    requestAnimationFrame(() => (element.current ?? title.current)?.focus());
  }

  function stopEditing() {
    setDraft(undefined);
    setErrors(undefined);
    setConflict(undefined);
    setNewer(undefined);
    focusAfterRender(editButton);
  }

  async function save() {
    if (!draft || saving) return;
    // A version without a change would only lengthen the history everyone scrolls through.
    if (draft.touched.every((key) => draft.texts[key] === draft.start[key])) {
      setStatus(t('incidentPanels.situation.unchanged'));
      stopEditing();
      return;
    }
    setSaving(true);
    try {
      const saved = await saveSituation(incident.id, {
        baseVersion: draft.baseVersion,
        sections: sections.map((section) => ({ key: section.key, content: draft.texts[section.key] ?? '' })),
      });
      ownVersions.current.add(saved.version);
      setPicture((current) => withNewer(current, saved));
      setStatus(t('incidentPanels.situation.saved', { version: saved.version }));
      stopEditing();
    } catch (error) {
      if (error instanceof ApiError && error.code === SITUATION_CONFLICT) {
        // Show what is there now beside what this person wrote, and build on it from here.
        const fresh = await fetchSituation(incident.id).catch(() => undefined);
        if (fresh) {
          setPicture(fresh);
          setDraft((current) => current && adoptVersion(current, fresh.current, sections));
        }
        setConflict(fresh?.current);
        setErrors(undefined);
      } else {
        setErrors(formErrorsFrom(error, () => undefined));
      }
    } finally {
      setSaving(false);
    }
  }

  async function show(version: number) {
    setViewProblem(undefined);
    if (!picture || version === picture.current.version) {
      setViewing(undefined);
      return;
    }
    try {
      setViewing(await fetchSituationVersion(incident.id, version));
      focusAfterRender(viewingHeading);
    } catch (error) {
      setViewProblem(problemText(error));
    }
  }

  const current = picture?.current;
  const authorOf = (version: SituationVersion) => version.author?.name ?? t('incidentPanels.unknownPerson');

  return (
    <section className="room-panel situation" aria-labelledby="situation-title">
      <div className="room-panel__header">
        <h2 id="situation-title" ref={title} tabIndex={-1}>
          {t('incidentPanels.situation.title')}
        </h2>
        {canWrite && current && !draft ? (
          <button
            ref={editButton}
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              setStatus(undefined);
              setViewing(undefined);
              setDraft(startDraft(current, sections));
            }}
          >
            {t('incidentPanels.situation.edit')}
          </button>
        ) : null}
      </div>
      {incident.status === 'active' ? null : <p className="room-panel__note">{t('incidentPanels.closed')}</p>}
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
      {!picture && !problem ? <p className="loading">{t('access.loading')}</p> : null}

      {current && draft && canWrite ? (
        <>
          {conflict ? (
            <Notice tone="error" title={t('incidentPanels.situation.conflictTitle')} focus>
              <p>
                {t('incidentPanels.situation.conflictText', {
                  version: conflict.version,
                  name: authorOf(conflict),
                  time: time.moment(conflict.createdAt),
                })}
              </p>
            </Notice>
          ) : null}
          {newer && !conflict ? (
            <Notice tone="warning">
              <p>
                {t('incidentPanels.situation.newVersionWhileEditing', {
                  name: authorOf(newer),
                  time: time.moment(newer.createdAt),
                })}
              </p>
            </Notice>
          ) : null}
          <SituationEditor
            draft={draft}
            latest={current}
            sections={sections}
            errors={errors}
            pending={saving}
            latestAuthor={authorOf(current)}
            onType={(key, text) => setDraft((value) => value && typeIn(value, key, text))}
            onTakeTheirs={(key, text) =>
              setDraft(
                (value) =>
                  value && {
                    ...value,
                    texts: { ...value.texts, [key]: text },
                    touched: value.touched.filter((item) => item !== key),
                    setAside: { ...value.setAside, [key]: value.texts[key] ?? '' },
                  },
              )
            }
            onRestoreOwn={(key) =>
              setDraft((value) => {
                if (!value) return value;
                const { [key]: own = '', ...rest } = value.setAside;
                return { ...typeIn(value, key, own), setAside: rest };
              })
            }
            onSave={() => void save()}
            onCancel={stopEditing}
          />
        </>
      ) : null}

      {current && !(draft && canWrite) ? (
        viewing ? (
          <div className="situation__older">
            <h3 ref={viewingHeading} tabIndex={-1}>
              {t('incidentPanels.situation.viewingTitle', { time: time.moment(viewing.createdAt) })}
            </h3>
            <p className="situation__meta">
              {t('incidentPanels.situation.viewingText', {
                version: viewing.version,
                name: authorOf(viewing),
              })}
            </p>
            <SituationView version={viewing} sections={sectionsOf(incident, viewing)} headingLevel={4} />
            <div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setViewing(undefined);
                  focusAfterRender(editButton);
                }}
              >
                {t('incidentPanels.situation.backToCurrent')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <p className="situation__meta">
              {t('incidentPanels.situation.versionMeta', {
                version: current.version,
                name: authorOf(current),
                time: time.moment(current.createdAt),
              })}
            </p>
            <SituationView version={current} sections={sections} />
          </>
        )
      ) : null}

      {picture && picture.versions.length > 0 && !(draft && canWrite) ? (
        <div className="situation__history">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={historyOpen}
            aria-controls="situation-versions"
            onClick={() => setHistoryOpen(!historyOpen)}
          >
            {t('incidentPanels.situation.history', { count: picture.versions.length })}
          </button>
          <div id="situation-versions" hidden={!historyOpen}>
            {viewProblem ? (
              <Notice tone="error">
                <p>{viewProblem}</p>
              </Notice>
            ) : null}
            <VersionHistory
              versions={picture.versions}
              currentVersion={picture.current.version}
              shownVersion={viewing?.version ?? picture.current.version}
              onShow={(version) => void show(version)}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
