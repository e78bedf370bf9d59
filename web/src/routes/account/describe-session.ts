import type { TFunction } from 'i18next';
import type { SessionSummary } from '../../api/api-types';

const DEVICE_TYPES = ['desktop', 'mobile', 'tablet'] as const;

/**
 * "Telefoon (Apple iPhone) · iOS 18 · Safari 18" from what the server read in the user agent:
 * the kind of device in words, the rest as recorded.
 */
export function describeSession(session: SessionSummary, t: TFunction): string {
  const [type = '', ...model] = (session.device ?? '').split(' ');
  const known = DEVICE_TYPES.find((device) => device === type);
  const device = known
    ? `${t(`sessions.device.${known}`)}${model.length ? ` (${model.join(' ')})` : ''}`
    : session.device || t('sessions.unknownDevice');
  const recorded = (value: string | null) => (value && value !== 'unknown' ? value : undefined);
  return [device, recorded(session.operatingSystem), recorded(session.browser)].filter(Boolean).join(' · ');
}
