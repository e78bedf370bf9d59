import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemText } from '../../api/api-client';
import { listPushDevices, type PushDevice, removePushDevice } from '../../api/push-api';
import {
  disablePushOnThisDevice,
  enablePushOnThisDevice,
  PushSetupError,
  type PushStateOfThisDevice,
  pushStateOfThisDevice,
} from '../../features/push/push-on-this-device';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';

/**
 * "Meldingen op dit apparaat": switching push on or off for the device in hand, and the person's
 * other devices that receive alerts, each removable.
 */
export function PushDevicesSection() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [state, setState] = useState<PushStateOfThisDevice>();
  const [devices, setDevices] = useState<PushDevice[]>();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const [here, list] = await Promise.all([pushStateOfThisDevice(signal), listPushDevices({ signal })]);
      setState(here);
      setDevices(list);
    } catch (error) {
      if (signal?.aborted) return;
      setProblem(problemText(error));
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  /** Runs one change at a time, says how it went, and reloads what the server now knows. */
  async function change(key: string, work: () => Promise<string>) {
    if (busy) return;
    setBusy(key);
    setProblem(undefined);
    setStatus(undefined);
    try {
      setStatus(await work());
    } catch (error) {
      if (error instanceof PushSetupError) setProblem(t(`push.problem.${error.problem}`));
      // Already removed (on another device, or as a dead device): the fresh list says the rest.
      else if (!(error instanceof ApiError && error.status === 404)) setProblem(problemText(error));
    } finally {
      setBusy(undefined);
    }
    await load();
    // A removed device's button is gone; continue from the section's heading.
    if (key !== 'enable' && key !== 'disable') heading.current?.focus();
  }

  const enable = () =>
    change('enable', async () => {
      await enablePushOnThisDevice();
      return t('push.enabled');
    });

  const disable = () =>
    change('disable', async () => {
      await disablePushOnThisDevice();
      return t('push.disabled');
    });

  const remove = (device: PushDevice, label: string) =>
    change(device.id, async () => {
      // Removing this very device also unsubscribes the browser, or it would stay "on" here.
      if (device.id === state?.device?.id) await disablePushOnThisDevice();
      else await removePushDevice(device.id);
      return t('push.removed', { device: label });
    });

  const isOn = Boolean(state?.device);
  const advice =
    state?.support === 'unsupported' || state?.support === 'install_first'
      ? t(`push.problem.${state.support}`)
      : state?.permission === 'denied'
        ? t('push.problem.denied')
        : undefined;

  return (
    <section className="page-section" aria-labelledby="push-title">
      <h2 id="push-title" ref={heading} tabIndex={-1}>
        {t('push.title')}
      </h2>
      <p>{t('push.intro')}</p>
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {!state && !problem ? (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      ) : null}
      {state ? (
        <>
          <p>
            <span className={`badge ${isOn ? 'badge--good' : 'badge--neutral'}`}>
              {isOn ? t('push.on') : t('push.off')}
            </span>
          </p>
          {advice && !problem ? (
            <Notice tone="warning">
              <p>{advice}</p>
            </Notice>
          ) : (
            <p>{isOn ? t('push.onText') : t('push.offText')}</p>
          )}
          {state.support === 'supported' ? (
            <button
              type="button"
              className={isOn ? 'button button--secondary' : 'button button--primary'}
              aria-busy={busy === 'enable' || busy === 'disable' || undefined}
              onClick={() => void (isOn ? disable() : enable())}
            >
              {busy === 'enable' || busy === 'disable'
                ? t('form.busy')
                : isOn
                  ? t('push.disable')
                  : t('push.enable')}
            </button>
          ) : null}
        </>
      ) : null}

      {devices ? (
        <>
          <h3>{t('push.devicesTitle')}</h3>
          {devices.length === 0 ? <p>{t('push.noDevices')}</p> : null}
          <ul className="card-list">
            {devices.map((device) => {
              const label = device.deviceLabel || t('push.unknownDevice');
              const here = device.id === state?.device?.id;
              return (
                <li key={device.id} className="card">
                  <div className="card__header">
                    <h4 className="card__title">{label}</h4>
                    {here ? <span className="badge badge--good">{t('push.thisDevice')}</span> : null}
                  </div>
                  <dl className="facts">
                    <div>
                      <dt>{t('push.added')}</dt>
                      <dd>
                        <time dateTime={device.createdAt}>{formatDateTime(device.createdAt)}</time>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('push.lastSuccess')}</dt>
                      <dd>
                        {device.lastSuccessAt ? (
                          <time dateTime={device.lastSuccessAt}>{formatDateTime(device.lastSuccessAt)}</time>
                        ) : (
                          t('push.never')
                        )}
                      </dd>
                    </div>
                  </dl>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-busy={busy === device.id || undefined}
                    onClick={() => void remove(device, label)}
                  >
                    {busy === device.id ? t('form.busy') : t('push.remove')}
                    <span className="visually-hidden"> {label}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
