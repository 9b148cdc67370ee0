import { useEffect, useState } from 'preact/hooks';
import { useLocale } from '@/components/context';
import { plural, t } from '@/utils/i18n';
import type { MapOutlines } from '@/utils/map/outlines';
import { type MapPoint, projectMap } from '@/utils/map/project';
import type { ChosenPlace } from '@/utils/settings';

const WIDTH = 560;
const HEIGHT = 520;

let outlinesLoading: Promise<MapOutlines> | null = null;
/** The outlines are about 85 kB: fetched from the extension package only when a map is drawn. */
const loadOutlines = () => (outlinesLoading ??= import('virtual:map-outlines').then((module) => module.default));

export interface MapHost extends MapPoint {
  name: string;
}

interface Props {
  hosts: MapHost[];
  place: ChosenPlace | null;
  /** The nearest host, drawn larger. */
  nearest: string | null;
  highlighted: string | null;
  onHighlight(id: string | null): void;
}

/**
 * An SVG map of the hosts and the chosen place. Decorative for screen readers: the
 * list beside it says the same, with distances. Pointing at a dot highlights its
 * entry in the list, and the reverse.
 */
export function HostsMap({ hosts, place, nearest, highlighted, onHighlight }: Props) {
  const locale = useLocale();
  const [outlines, setOutlines] = useState<MapOutlines | null>(null);
  useEffect(() => {
    void loadOutlines().then(setOutlines);
  }, []);
  if (!outlines) return <div class="hosts-map hosts-map--loading" aria-hidden="true" />;

  const points: MapPoint[] = [...hosts, ...(place ? [{ id: 'place', lat: place.lat, lon: place.lon }] : [])];
  const map = projectMap(outlines, points, WIDTH, HEIGHT);
  const hostAt = new Map(hosts.map((host) => [host.id, host]));
  const placePoint = map.points.find((point) => point.id === 'place');
  const hostPoints = map.points.filter((point) => point.id !== 'place');
  const hostsOffMap = map.offMap.filter((id) => id !== 'place').length;
  // The highlighted and nearest dots are drawn last, on top of the others.
  const order = (id: string) => (id === highlighted ? 2 : id === nearest ? 1 : 0);
  hostPoints.sort((a, b) => order(a.id) - order(b.id));

  return (
    <figure class="hosts-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t(locale, 'mapLabel')}>
        <rect class="hosts-map__sea" width={WIDTH} height={HEIGHT} />
        {map.countries.map((country) => (
          <path key={country.name} class="hosts-map__land" d={country.d} fill-rule="evenodd" />
        ))}
        {hostPoints.map((point) => {
          const host = hostAt.get(point.id)!;
          const classes = ['hosts-map__host'];
          if (point.id === nearest) classes.push('is-nearest');
          if (point.id === highlighted) classes.push('is-highlighted');
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: hovering a dot only mirrors the list beside the map, which keyboard users read directly.
            <circle
              key={point.id}
              data-host={point.id}
              class={classes.join(' ')}
              cx={point.x}
              cy={point.y}
              r={point.id === highlighted ? 9 : point.id === nearest ? 8 : 6}
              onMouseEnter={() => onHighlight(point.id)}
              onMouseLeave={() => onHighlight(null)}
            >
              <title>{host.name}</title>
            </circle>
          );
        })}
        {placePoint && (
          <g class="hosts-map__place" transform={`translate(${placePoint.x} ${placePoint.y})`}>
            <path d="M0 -11 L3 -3 L11 -3 L5 2 L7 10 L0 5 L-7 10 L-5 2 L-11 -3 L-3 -3 Z" />
            <title>{place!.name}</title>
          </g>
        )}
      </svg>
      <figcaption class="hosts-map__caption">
        {map.offMap.includes('place') && <span>{t(locale, 'mapPlaceOffMap')} </span>}
        {hostsOffMap > 0 && <span>{plural(locale, 'mapHostsOffMap', hostsOffMap)} </span>}
        {t(locale, 'mapAttribution')}
      </figcaption>
    </figure>
  );
}
