/**
 * The script-tag entry: `<script type="module" src=".../rathaus.js"></script>` defines all four elements.
 * Heavier parts load on demand: the form renderer when a form appears, OpenID Connect when a citizen signs in.
 */
export { RathausServiceList } from './elements/service-list/service-list.ts';
export { RathausLoginButton } from './elements/login-button/login-button.ts';
export { RathausLoginProvider } from './elements/login-provider/login-provider.ts';
export { RathausApplicationForm } from './elements/application-form/application-form.ts';
export { RathausStatusTracker } from './elements/status-tracker/status-tracker.ts';
