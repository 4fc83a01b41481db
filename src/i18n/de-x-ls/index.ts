import type { Messages } from '../de/index.ts';
import { applicationForm } from './application-form.ts';
import { common } from './common.ts';
import { loginButton } from './login-button.ts';
import { serviceList } from './service-list.ts';

/** Leichte Sprache: the kit's own texts in easy-to-read German, chosen with lang="de-x-ls". */
export const leichteSprache: Messages = { common, loginButton, serviceList, applicationForm };
