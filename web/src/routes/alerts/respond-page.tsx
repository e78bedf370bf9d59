/** Answers an alert from the link in an e-mail or SMS, without signing in. */
export function RespondPage() {
  return null;
}
