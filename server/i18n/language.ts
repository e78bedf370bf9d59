export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * The language of a response: an explicit `lang` query parameter, else the first supported
 * language in Accept-Language, else Dutch.
 */
export function negotiateLanguage(
  queryLang: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (queryLang === 'nl' || queryLang === 'en') return queryLang;
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = params.find((param) => param.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: quality ? Number(quality.trim().slice(2)) || 0 : 1 };
    })
    .filter((preference) => preference.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of preferences) {
    const base = tag.split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}
