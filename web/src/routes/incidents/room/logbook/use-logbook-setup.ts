import { useEffect, useState } from 'react';
import { listClassifications, listLogbookLabels } from '../../../../api/preparation-api';
import type { LogbookClassification, LogbookLabel } from '../../../../api/preparation-types';

/**
 * The organisation's classifications and labels for logbook entries. Without them the logbook
 * still works (plain entries), so a failure here only leaves the choices out.
 */
export function useLogbookSetup() {
  const [classifications, setClassifications] = useState<LogbookClassification[]>([]);
  const [labels, setLabels] = useState<LogbookLabel[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    listClassifications(controller.signal)
      .then((found) => setClassifications([...found].sort((a, b) => a.position - b.position)))
      .catch(() => {});
    listLogbookLabels(controller.signal)
      .then(setLabels)
      .catch(() => {});
    return () => controller.abort();
  }, []);
  return { classifications, labels };
}
