/**
 * Prefix of everything the kit keeps in sessionStorage; signing out removes all of it. Its own module so that a
 * page with only a service list (which remembers the chosen town under it) does not load the session's code.
 */
export const STORAGE_PREFIX = 'rathaus:';
