import { mountPage } from '@/components/mount-page';
import privacy from '@/PRIVACY.md?raw';
import type { Locale } from '@/utils/i18n';
import * as settings from '@/utils/settings';
import { type Block, parseMarkdown, renderBlocks } from './markdown';
import './style.css';

/** PRIVACY.md's second-level headings: one section per language. */
const languageOf: Record<string, Locale> = { francais: 'fr', english: 'en' };

interface Section {
  id: string;
  blocks: Block[];
}

/** The document split at its second-level headings: what comes first, then each section. */
function splitSections(blocks: Block[]): { head: Block[]; sections: Section[] } {
  const head: Block[] = [];
  const sections: Section[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 2) sections.push({ id: block.id, blocks: [block] });
    else if (sections.length > 0) sections.at(-1)!.blocks.push(block);
    else head.push(block);
  }
  return { head, sections };
}

const privacyDocument = splitSections(parseMarkdown(privacy));

/** Shipped inside the extension, so that reading it fetches nothing; the reader's language first. */
function PrivacyPage({ locale }: { locale: Locale }) {
  const sections = [...privacyDocument.sections].sort(
    (a, b) => Number(languageOf[b.id] === locale) - Number(languageOf[a.id] === locale),
  );
  return (
    <main class="privacy-doc">
      {renderBlocks(privacyDocument.head)}
      {sections.map((section) => (
        <section key={section.id} lang={languageOf[section.id]} aria-labelledby={section.id}>
          {renderBlocks(section.blocks)}
        </section>
      ))}
    </main>
  );
}

void mountPage(
  ({ locale }) => {
    document.title = locale === 'fr' ? 'Circuit court — vie privée' : 'Circuit court — privacy';
    return <PrivacyPage locale={locale} />;
  },
  { settings },
);
