import { common } from './common.ts';
import { loginButton } from './login-button.ts';

/** The German catalogue, the source language: every other language has exactly this shape. */
export const de = { common, loginButton };
export type Messages = typeof de;
