import { useTranslation } from 'react-i18next';
import {
  changeClassification,
  changeLogbookLabel,
  createClassification,
  createLogbookLabel,
  deleteClassification,
  deleteLogbookLabel,
  listClassifications,
  listLogbookLabels,
} from '../../api/preparation-api';
import type { LogbookClassification } from '../../api/preparation-types';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { EditableList, type RunAction } from './editable-list';
import { NameForm } from './name-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

async function sortedClassifications(signal: AbortSignal) {
  const list = await listClassifications(signal);
  return [...list].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** What the logbook offers when writing: classifications (in their order) and labels. */
export function LogbookSetupPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const classifications = useLoaded(sortedClassifications);
  const labels = useLoaded(listLogbookLabels);
  const ordered = classifications.data ?? [];

  /** Moves a classification one place and numbers them all again, 0, 1, 2… */
  async function move(item: LogbookClassification, step: -1 | 1) {
    const from = ordered.indexOf(item);
    const to = from + step;
    const other = ordered[to];
    if (from < 0 || !other) return;
    const next = [...ordered];
    next[from] = other;
    next[to] = item;
    for (const [position, classification] of next.entries()) {
      if (classification.position !== position) await changeClassification(classification.id, { position });
    }
  }

  function moveButtons(item: LogbookClassification, run: RunAction) {
    const index = ordered.indexOf(item);
    const last = ordered.length - 1;
    const button = (step: -1 | 1) => {
      const target = index + step;
      // Keep focus on the same button, or on the other one when this one has nowhere left to go.
      const focusAfter =
        (step === -1 && target === 0) || (step === 1 && target === last)
          ? `classifications-move-${step === -1 ? 'down' : 'up'}-${item.id}`
          : `classifications-move-${step === -1 ? 'up' : 'down'}-${item.id}`;
      return (
        <button
          id={`classifications-move-${step === -1 ? 'up' : 'down'}-${item.id}`}
          type="button"
          className="button button--secondary button--small"
          disabled={target < 0 || target > last}
          onClick={() =>
            void run(async () => {
              await move(item, step);
              return t('preparation.logbook.moved', {
                name: item.name,
                position: target + 1,
                total: ordered.length,
              });
            }, focusAfter)
          }
        >
          {step === -1 ? t('preparation.common.moveUp') : t('preparation.common.moveDown')}
          <span className="visually-hidden"> {item.name}</span>
        </button>
      );
    };
    return ordered.length > 1 ? (
      <>
        {button(-1)}
        {button(1)}
      </>
    ) : null;
  }

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.logbook.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.logbook.introAdmin') : t('preparation.logbook.intro')}
      </p>

      <section className="page-section" aria-labelledby="classifications-title">
        <h2 id="classifications-title">{t('preparation.logbook.classificationsTitle')}</h2>
        <p>{t('preparation.logbook.classificationsIntro')}</p>
        <EditableList
          id="classifications"
          items={classifications.data}
          problem={classifications.problem}
          reload={classifications.reload}
          canManage={canManage}
          level="h3"
          nameOf={(item) => item.name}
          text={{
            add: t('preparation.logbook.addClassification'),
            addTitle: t('preparation.logbook.addClassificationTitle'),
            editTitle: (name) => t('preparation.logbook.editClassificationTitle', { name }),
            empty: t('preparation.logbook.noClassifications'),
            count: (count) => t('preparation.logbook.classificationCount', { count }),
            deleted: (name) => t('preparation.logbook.classificationDeleted', { name }),
            confirmTitle: (name) => t('preparation.logbook.confirmClassificationTitle', { name }),
            confirmText: () => t('preparation.logbook.confirmClassificationText'),
          }}
          badges={(item) => (
            <span className="badge badge--neutral">
              {t('preparation.logbook.position', { position: ordered.indexOf(item) + 1 })}
            </span>
          )}
          details={() => null}
          actions={moveButtons}
          form={(props) => (
            <NameForm
              {...props}
              label={t('preparation.logbook.classificationName')}
              hint={t('preparation.logbook.classificationHint')}
              missing={t('preparation.logbook.nameMissing')}
              save={async (name) => {
                if (props.item) {
                  await changeClassification(props.item.id, { name });
                  return t('preparation.logbook.classificationSaved', { name });
                }
                const position = ordered.reduce((max, item) => Math.max(max, item.position + 1), 0);
                await createClassification({ name, position });
                return t('preparation.logbook.classificationAdded', { name });
              }}
            />
          )}
          remove={(item) => deleteClassification(item.id)}
        />
      </section>

      <section className="page-section" aria-labelledby="logbook-labels-title">
        <h2 id="logbook-labels-title">{t('preparation.logbook.labelsTitle')}</h2>
        <p>{t('preparation.logbook.labelsIntro')}</p>
        <EditableList
          id="logbook-labels"
          items={labels.data}
          problem={labels.problem}
          reload={labels.reload}
          canManage={canManage}
          level="h3"
          nameOf={(item) => item.name}
          text={{
            add: t('preparation.logbook.addLabel'),
            addTitle: t('preparation.logbook.addLabelTitle'),
            editTitle: (name) => t('preparation.logbook.editLabelTitle', { name }),
            empty: t('preparation.logbook.noLabels'),
            count: (count) => t('preparation.logbook.labelCount', { count }),
            deleted: (name) => t('preparation.logbook.labelDeleted', { name }),
            confirmTitle: (name) => t('preparation.logbook.confirmLabelTitle', { name }),
            confirmText: () => t('preparation.logbook.confirmLabelText'),
          }}
          details={() => null}
          form={(props) => (
            <NameForm
              {...props}
              label={t('preparation.logbook.labelName')}
              hint={t('preparation.logbook.labelHint')}
              missing={t('preparation.logbook.nameMissing')}
              save={async (name) => {
                if (props.item) await changeLogbookLabel(props.item.id, { name });
                else await createLogbookLabel({ name });
                return t(props.item ? 'preparation.logbook.labelSaved' : 'preparation.logbook.labelAdded', {
                  name,
                });
              }}
            />
          )}
          remove={(item) => deleteLogbookLabel(item.id)}
        />
      </section>
    </div>
  );
}
