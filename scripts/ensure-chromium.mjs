#!/usr/bin/env node
// The browser tests run in Debian's Chromium; a browser is never downloaded. This finds it, installs it when it
// can (root with apt), or stops with the one command that installs it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromiumPath as CHROMIUM } from './chromium.mjs';

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("Chromium is missing; installing Debian's chromium package (apt-get install -y chromium) …");
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium was not found at ${CHROMIUM}. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\n` +
        'or set CHROMIUM_PATH to an existing Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
