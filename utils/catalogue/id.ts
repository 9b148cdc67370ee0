/** Lower-case words joined by hyphens: stable, readable, safe in URLs. Apart from the schema, so that a page can check an id without loading zod. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
