import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRoster, listRosters } from '../../api/rosters-api';
import { useSession } from '../../session/session-context';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { EditableList } from '../preparation/editable-list';
import { useCanManage } from '../preparation/use-can-manage';
import { useFocusLater } from '../preparation/use-focus-later';
import { RosterCalendar } from './roster-calendar';
import { RosterCardDetails } from './roster-card-details';
import { RosterForm } from './roster-form';
import { useRosterFormat } from './use-roster-format';
import '../admin/admin-pages.css';
import '../preparation/preparation-pages.css';
import './rosters.css';

/** The on-call rosters of the organisation, with a calendar. */
export function RostersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canManage = useCanManage();
  const rosters = useLoaded(listRosters);
  const format = useRosterFormat();
  const focusLater = useFocusLater();
  const [calendarRosterId, setCalendarRosterId] = useState<string>();
  const shown = rosters.data?.find((roster) => roster.id === calendarRosterId) ?? rosters.data?.[0];

  return (
    <div className="container page">
      <PageTitle>{t('rosters.title')}</PageTitle>
      <p className="page__intro">{canManage ? t('rosters.introAdmin') : t('rosters.intro')}</p>
      <EditableList
        id="rosters"
        items={rosters.data}
        problem={rosters.problem}
        reload={rosters.reload}
        canManage={canManage}
        level="h2"
        nameOf={(roster) => roster.roleName}
        text={{
          add: t('rosters.add'),
          addTitle: t('rosters.addTitle'),
          editTitle: (name) => t('rosters.editTitle', { name }),
          empty: canManage ? t('rosters.noneAdmin') : t('rosters.none'),
          count: (count) => t('rosters.count', { count }),
          deleted: (name) => t('rosters.deleted', { name }),
          confirmTitle: (name) => t('rosters.confirmTitle', { name }),
          confirmText: () => t('rosters.confirmText'),
        }}
        badges={(roster) =>
          roster.current ? null : <span className="badge badge--bad">{t('rosters.card.nobodyBadge')}</span>
        }
        details={(roster) => (
          <RosterCardDetails
            roster={roster}
            format={format}
            onShowCalendar={() => {
              setCalendarRosterId(roster.id);
              focusLater('roster-calendar-title');
            }}
          />
        )}
        form={(props) => (
          <RosterForm
            idPrefix={props.idPrefix}
            roster={props.item}
            rosters={rosters.data ?? []}
            onSaved={props.onSaved}
            onCancel={props.onCancel}
          />
        )}
        remove={(roster) => deleteRoster(roster.id)}
      />
      {shown && user && rosters.data ? (
        <RosterCalendar
          rosters={rosters.data}
          rosterId={shown.id}
          onRosterChange={setCalendarRosterId}
          userId={user.id}
          isAdmin={user.role === 'admin'}
          onSwapsChanged={rosters.reload}
        />
      ) : null}
    </div>
  );
}
