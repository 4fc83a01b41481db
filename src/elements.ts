/**
 * Every element class at once, defined as soon as this module is imported: for applications that bundle the kit
 * themselves and want the classes. The script-tag entry (rathaus.ts) instead loads each element's code only when a
 * page has that element.
 */
export { RathausServiceList } from './elements/service-list/service-list.ts';
export { RathausLoginButton } from './elements/login-button/login-button.ts';
export { RathausLoginProvider } from './elements/login-provider/login-provider.ts';
export { RathausApplicationForm } from './elements/application-form/application-form.ts';
export { RathausStatusTracker } from './elements/status-tracker/status-tracker.ts';
