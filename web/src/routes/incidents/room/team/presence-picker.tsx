import { useTranslation } from 'react-i18next';
import { CHOSEN_PRESENCES, type Presence } from '../../../../api/incidents-api';

interface PresencePickerProps {
  current: Presence | undefined;
  pending: boolean;
  onChoose(presence: Presence): void;
}

/** "Waar bent u?": the person's own presence, one tap, seen by the whole team at once. */
export function PresencePicker({ current, pending, onChoose }: PresencePickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented presence-picker" aria-busy={pending || undefined}>
      <legend className="segmented__legend">{t('incidentTeam.myPresence')}</legend>
      <div className="segmented__options">
        {CHOSEN_PRESENCES.map((presence) => (
          <div key={presence} className={`segmented__option presence-picker__option--${presence}`}>
            <input
              id={`my-presence-${presence}`}
              type="radio"
              name="my-presence"
              checked={current === presence}
              onChange={() => onChoose(presence)}
            />
            <label htmlFor={`my-presence-${presence}`}>{t(`incidentTeam.presence.${presence}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
