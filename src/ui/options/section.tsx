/** One section of the options page: a heading, a short plain explanation, then its controls. */
import type { ComponentChildren } from 'preact';
import { t } from './i18n';

export interface SectionProps {
  id: string;
  title: string;
  help: string;
  children: ComponentChildren;
}

export default function Section({ id, title, help, children }: SectionProps) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="help">{help}</p>
      {children}
    </section>
  );
}

/** The note beside a control fixed by school or IT policy. */
export function LockedNote({ locked, id }: { locked: boolean; id?: string }) {
  return locked ? (
    <span class="locked-note" id={id}>
      {t('options_lockedNote')}
    </span>
  ) : null;
}
