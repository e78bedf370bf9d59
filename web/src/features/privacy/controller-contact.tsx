import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ControllerDetails, fetchControllerDetails } from './privacy-statement-api';

// Asked once per page load: the details change rarely, and every page shows them.
let loading: Promise<ControllerDetails> | undefined;

/**
 * Who is responsible for the personal data and how to reach them (P21), in the footer of every
 * page. Nothing is shown until the operator has filled in a name; offline, nothing is shown.
 */
// @promise P21 the controller’s contact details in every page’s footer
export function ControllerContact() {
  const { t } = useTranslation();
  const [details, setDetails] = useState<ControllerDetails>();
  useEffect(() => {
    let current = true;
    loading ??= fetchControllerDetails();
    loading.then(
      (loaded) => {
        if (current) setDetails(loaded);
      },
      () => {
        loading = undefined;
      },
    );
    return () => {
      current = false;
    };
  }, []);
  if (!details?.controllerName) return null;
  return (
    <p className="site-footer__controller">
      {t('footer.controller', { name: details.controllerName })}
      {details.email ? (
        <>
          {' · '}
          <a href={`mailto:${details.email}`}>{details.email}</a>
        </>
      ) : null}
      {details.phone ? ` · ${details.phone}` : null}
    </p>
  );
}
