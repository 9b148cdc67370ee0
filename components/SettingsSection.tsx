import type { ComponentChildren } from 'preact';
import './SettingsSection.css';

/** One part of the settings or welcome page: a heading and what it sets. */
export function SettingsSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="settings__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
