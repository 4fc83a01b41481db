import { applicationForm } from './application-form.ts';
import { common } from './common.ts';
import { loginButton } from './login-button.ts';
import { serviceList } from './service-list.ts';

/** The German catalogue, the source language: every other language has exactly this shape. */
export const de = { common, loginButton, serviceList, applicationForm };
export type Messages = typeof de;
