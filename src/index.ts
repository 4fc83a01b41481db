/**
 * The npm package's entry (`import 'open-rathaus'`): every element, defined on import, and its class for typing.
 * Sites with a build step import this, or one element's module (`open-rathaus/elements/service-list/service-list.js`)
 * to ship only that one; their bundler splits and caches as the site's other code. Script-tag users load
 * `rathaus.js` from the county's server instead.
 */
export { RathausServiceList } from './elements/service-list/service-list.ts';
export { RathausLoginButton } from './elements/login-button/login-button.ts';
export { RathausLoginProvider } from './elements/login-provider/login-provider.ts';
export { RathausApplicationForm } from './elements/application-form/application-form.ts';
export { RathausStatusTracker } from './elements/status-tracker/status-tracker.ts';
