// Build-time modules served by modules/catalogue.ts.
declare module 'virtual:catalogue' {
  const catalogue: import('./schema').Catalogue;
  export default catalogue;
}
declare module 'virtual:leaving-guides' {
  const guides: Record<string, import('./schema').LeavingNote>;
  export default guides;
}
declare module 'virtual:background-slice' {
  const slice: import('../slices').BackgroundSlice;
  export default slice;
}
declare module 'virtual:brand-icons' {
  const icons: Record<string, import('../slices').BrandIcon>;
  export default icons;
}

declare module 'virtual:map-outlines' {
  const outlines: import('../map/outlines').MapOutlines;
  export default outlines;
}

declare module 'virtual:gazetteer' {
  const gazetteer: import('../places/gazetteer').GazetteerData;
  export default gazetteer;
}

declare module 'spdx-expression-parse' {
  /** Parses an SPDX license expression into a tree; throws on invalid syntax. */
  export default function parse(expression: string): unknown;
}
