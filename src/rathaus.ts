/**
 * The script-tag entry: `<script type="module" src=".../rathaus.js"></script>` defines all four elements.
 * Heavier parts load on demand: the form renderer when a form appears, OpenID Connect when a citizen signs in.
 */
export { RathausLoginButton } from './elements/login-button/login-button.ts';
