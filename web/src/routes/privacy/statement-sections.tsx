import { useTranslation } from 'react-i18next';
import type { StatementBlock, StatementSection } from '../../features/privacy/privacy-statement-api';

export const sectionAnchor = (id: string) => `privacy-${id}`;

function Block({ block }: { block: StatementBlock }) {
  if (block.kind === 'heading') return <h3>{block.text}</h3>;
  if (block.kind === 'list')
    return (
      <ul>
        {block.items.map((item, index) => (
          // Items are plain text and may repeat; their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: static text in a fixed order
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  return <p>{block.text}</p>;
}

/** The statement's sections as headings, paragraphs and lists; the text is never HTML. */
export function StatementSections({ sections }: { sections: StatementSection[] }) {
  const { t } = useTranslation();
  return (
    <>
      <nav aria-labelledby="privacy-contents" className="privacy-statement__contents">
        <h2 id="privacy-contents">{t('privacy.contents')}</h2>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${sectionAnchor(section.id)}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section
          key={section.id}
          id={sectionAnchor(section.id)}
          aria-labelledby={`${sectionAnchor(section.id)}-title`}
          className="privacy-statement__section"
        >
          <h2 id={`${sectionAnchor(section.id)}-title`}>{section.heading}</h2>
          {section.blocks.map((block, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static text in a fixed order
            <Block key={index} block={block} />
          ))}
          {section.kind === 'generated' ? (
            <p className="privacy-statement__generated">
              {section.id === 'controller' ? t('privacy.controllerNote') : t('privacy.generatedNote')}
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
