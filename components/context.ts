import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CatalogueView } from '@/utils/catalogue/lookup';
import type { Locale } from '@/utils/i18n';

export const LocaleContext = createContext<Locale>('en');
export const CatalogueContext = createContext<CatalogueView | null>(null);

export const useLocale = () => useContext(LocaleContext);

export function useCatalogue(): CatalogueView {
  const view = useContext(CatalogueContext);
  if (!view) throw new Error('CatalogueContext is missing');
  return view;
}
