/**
 * The notification channel that tells delivery workers new work was committed: sent inside the
 * transaction that queues deliveries, so it arrives only when they are visible.
 */
export const ALERT_WAKE_CHANNEL = 'baken_alert_work';
