import type { Messages } from '../de/index.ts';
import { applicationForm } from './application-form.ts';
import { common } from './common.ts';
import { loginButton } from './login-button.ts';
import { serviceList } from './service-list.ts';

export const en: Messages = { common, loginButton, serviceList, applicationForm };
