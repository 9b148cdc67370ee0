import { glyphColor, hueOf, initialsOf } from '@/utils/marks';
import './BrandMark.css';
import { lazyModule } from './lazy-module';

// The icons (some 140 kB) are not needed for the first frame.
const useBrandIcons = lazyModule(() => import('virtual:brand-icons'));

interface Props {
  /** A simple-icons slug; without one (or an unknown one), a neutral mark with initials. */
  slug?: string;
  name: string;
  size?: 'small' | 'large';
}

/** A decorative square: the brand's CC0 icon, or initials on a colour derived from the name. */
export function BrandMark({ slug, name, size = 'small' }: Props) {
  const icons = useBrandIcons(slug !== undefined);
  const className = `mark mark--${size}`;
  if (slug !== undefined && !icons) return <span class={`${className} mark--pending`} aria-hidden="true" />;
  const icon = slug === undefined ? undefined : icons?.[slug];
  if (icon) {
    return (
      <span class={className} style={{ background: `#${icon.hex}` }} aria-hidden="true">
        {/* biome-ignore lint/a11y/noSvgWithoutTitle: the mark is decorative; its wrapper is aria-hidden and the name is written beside it. */}
        <svg viewBox="0 0 24 24" focusable="false">
          <path d={icon.path} fill={glyphColor(icon.hex)} />
        </svg>
      </span>
    );
  }
  return (
    <span
      class={`${className} mark--initials`}
      style={{ background: `hsl(${hueOf(name)} 32% 36%)` }}
      aria-hidden="true"
    >
      {initialsOf(name)}
    </span>
  );
}
