import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRoles } from '../../api/preparation-api';
import { changeRoster, createRoster, type Roster } from '../../api/rosters-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { timeZoneOptions } from '../account/time-zones';
import { useLoaded } from '../admin/use-loaded';
import { FormActions } from '../preparation/form-actions';
import { type ChosenPerson, OrderedPeople } from './ordered-people';
import { inputValueOf, instantOfInput } from './zoned-clock';

const MAX_SHIFT_HOURS = 672;
type Unit = 'hours' | 'days';

interface RosterFormProps {
  idPrefix: string;
  roster?: Roster;
  /** All rosters: a role with one already is not offered again. */
  rosters: readonly Roster[];
  onSaved(message: string): void;
  onCancel(): void;
}

/** The next Monday at 08:00, where most weekly rosters start. */
function nextMondayMorning(): string {
  const date = new Date();
  date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T08:00`;
}

/**
 * A roster's role, name, rotation (start, shift length, time zone) and members in turn order.
 * The start is read in the roster's own time zone: handovers keep that wall-clock time.
 */
export function RosterForm({ idPrefix, roster, rosters, onSaved, onCancel }: RosterFormProps) {
  const { t } = useTranslation();
  const roles = useLoaded(listRoles);
  const [roleId, setRoleId] = useState(roster?.roleId ?? '');
  const [name, setName] = useState(roster?.name ?? '');
  const [timeZone, setTimeZone] = useState(roster?.timeZone ?? 'Europe/Amsterdam');
  const [start, setStart] = useState(
    roster ? inputValueOf(Date.parse(roster.rotationStart), roster.timeZone) : nextMondayMorning(),
  );
  const inDays = roster ? roster.shiftHours % 24 === 0 : true;
  const [unit, setUnit] = useState<Unit>(inDays ? 'days' : 'hours');
  const [length, setLength] = useState(
    String(roster ? (inDays ? roster.shiftHours / 24 : roster.shiftHours) : 7),
  );
  const [members, setMembers] = useState<ChosenPerson[]>(roster?.members ?? []);
  const zones = useMemo(() => timeZoneOptions(timeZone), [timeZone]);
  const id = (field: string) => `${idPrefix}-${field}`;
  const labels = {
    roleId: t('rosters.form.role'),
    name: t('rosters.form.name'),
    timeZone: t('rosters.form.timeZone'),
    rotationStart: t('rosters.form.start'),
    shiftHours: t('rosters.form.length'),
  };
  const taken = new Set(rosters.filter((item) => item.id !== roster?.id).map((item) => item.roleId));
  const roleOptions = [
    { value: '', label: t('rosters.form.chooseRole') },
    ...(roles.data ?? [])
      .filter((role) => !taken.has(role.id))
      .map((role) => ({ value: role.id, label: role.name })),
  ];
  const shiftHours = () => Number(length) * (unit === 'days' ? 24 : 1);

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const input = {
        roleId,
        name: name.trim(),
        timeZone,
        rotationStart: new Date(instantOfInput(start, timeZone) ?? Number.NaN).toISOString(),
        shiftHours: shiftHours(),
        memberIds: members.map((member) => member.userId),
      };
      const saved = roster ? await changeRoster(roster.id, input) : await createRoster(input);
      onSaved(t(roster ? 'rosters.form.saved' : 'rosters.form.added', { name: saved.name }));
    },
    {
      check: () => {
        const hours = shiftHours();
        return {
          roleId: !roleId && t('rosters.form.roleMissing'),
          name: !name.trim() && t('rosters.form.nameMissing'),
          rotationStart: instantOfInput(start, timeZone) === undefined && t('rosters.form.startMissing'),
          shiftHours:
            (!Number.isInteger(hours) || hours < 1 || hours > MAX_SHIFT_HOURS) &&
            t('rosters.form.lengthInvalid'),
        };
      },
      fieldText: (path) => {
        if (path === 'name') return t('rosters.form.nameMissing');
        if (path === 'shiftHours') return t('rosters.form.lengthInvalid');
        if (path === 'rotationStart') return t('rosters.form.startMissing');
        return undefined;
      },
    },
  );

  const memberError = (index: number) => errors?.fields[`memberIds.${index}`];
  const summaryFields: Record<string, { id: string; label: string }> = Object.fromEntries(
    Object.entries(labels).map(([field, label]) => [field, { id: id(field), label }]),
  );
  members.forEach((member, index) => {
    summaryFields[`memberIds.${index}`] = { id: `${id('members')}-row-${index}-remove`, label: member.name };
  });

  return (
    <>
      <ErrorSummary errors={errors} fields={summaryFields} />
      <form className="form prep-form-wide" noValidate onSubmit={onSubmit}>
        {roles.problem ? <p className="field__error">{roles.problem}</p> : null}
        <SelectField
          id={id('roleId')}
          label={labels.roleId}
          hint={t('rosters.form.roleHint')}
          value={roleId}
          options={roleOptions}
          onValueChange={setRoleId}
          error={errors?.fields.roleId}
        />
        <TextField
          id={id('name')}
          label={labels.name}
          hint={t('rosters.form.nameHint')}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextField
          id={id('rotationStart')}
          type="datetime-local"
          label={labels.rotationStart}
          hint={t('rosters.form.startHint', { timeZone })}
          value={start}
          onValueChange={setStart}
          error={errors?.fields.rotationStart}
        />
        <div className="roster-length">
          <TextField
            id={id('shiftHours')}
            type="number"
            inputMode="numeric"
            min={1}
            label={labels.shiftHours}
            hint={t('rosters.form.lengthHint')}
            value={length}
            onValueChange={setLength}
            error={errors?.fields.shiftHours}
          />
          <SelectField
            id={id('unit')}
            label={t('rosters.form.unit')}
            value={unit}
            options={[
              { value: 'days', label: t('rosters.form.days') },
              { value: 'hours', label: t('rosters.form.hours') },
            ]}
            onValueChange={(value) => setUnit(value === 'hours' ? 'hours' : 'days')}
          />
        </div>
        <SelectField
          id={id('timeZone')}
          label={labels.timeZone}
          hint={t('rosters.form.timeZoneHint')}
          value={timeZone}
          options={zones}
          onValueChange={setTimeZone}
          error={errors?.fields.timeZone}
        />
        <OrderedPeople
          id={id('members')}
          legend={t('rosters.form.members')}
          hint={t('rosters.form.membersHint')}
          empty={t('rosters.form.noMembers')}
          people={members}
          onPeopleChange={setMembers}
          errorAt={memberError}
        />
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </>
  );
}
