import icons from 'virtual:brand-icons';
import { glyphColor, hueOf, initialsOf } from '@/utils/marks';

interface Props {
  /** A simple-icons slug; without one (or an unknown one), a neutral mark with initials. */
  slug?: string;
  name: string;
  size?: 'small' | 'large';
}

/** A decorative square: the brand's CC0 icon, or initials on a colour derived from the name. */
export function BrandMark({ slug, name, size = 'small' }: Props) {
  const icon = slug === undefined ? undefined : icons[slug];
  const className = `mark mark--${size}`;
  if (icon) {
    return (
      <span class={className} style={{ background: `#${icon.hex}` }} aria-hidden="true">
        <svg viewBox="0 0 24 24" focusable="false">
          <path d={icon.path} fill={glyphColor(icon.hex)} />
        </svg>
      </span>
    );
  }
  return (
    <span class={`${className} mark--initials`} style={{ background: `hsl(${hueOf(name)} 32% 36%)` }} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
