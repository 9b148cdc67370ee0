import { useEffect, useState } from 'preact/hooks';
import { glyphColor, hueOf, initialsOf } from '@/utils/marks';
import type { BrandIcon } from '@/utils/slices';
import './BrandMark.css';

type BrandIcons = Record<string, BrandIcon>;

// The icons (some 140 kB) are not needed for the first frame: they load just after it, once per page.
let brandIcons: BrandIcons | undefined;
let brandIconsLoading: Promise<BrandIcons> | undefined;

function useBrandIcons(wanted: boolean): BrandIcons | undefined {
  const [icons, setIcons] = useState(brandIcons);
  useEffect(() => {
    if (!wanted || icons) return;
    let mounted = true;
    brandIconsLoading ??= import('virtual:brand-icons').then((module) => (brandIcons = module.default));
    void brandIconsLoading.then((loaded) => mounted && setIcons(loaded));
    return () => {
      mounted = false;
    };
  }, [wanted, icons]);
  return icons;
}

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
