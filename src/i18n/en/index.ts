import type { Messages } from '../de/index.ts';
import { common } from './common.ts';
import { loginButton } from './login-button.ts';

export const en: Messages = { common, loginButton };
