import { useTranslation } from 'react-i18next';
import type { SituationVersion } from '../../../../api/situation-api';
import { contentOf, type SectionDefinition } from './situation-draft';

/** The sections of one version side by side (stacked on a phone), read-only. */
export function SituationView({
  version,
  sections,
  headingLevel = 3,
}: {
  version: SituationVersion;
  sections: SectionDefinition[];
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (sections.length === 0) return <p>{t('incidentPanels.situation.noSections')}</p>;
  return (
    <div className="situation__sections">
      {sections.map((section) => {
        const content = contentOf(version, section.key);
        const title = version.sections.find((item) => item.key === section.key)?.title ?? section.title;
        return (
          <section key={section.key} className="situation__section" aria-label={title}>
            <Heading className="situation__section-title">{title}</Heading>
            {content ? (
              <p className="situation__content">{content}</p>
            ) : (
              <p className="situation__empty">{t('incidentPanels.situation.empty')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
