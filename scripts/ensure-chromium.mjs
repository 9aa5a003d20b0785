#!/usr/bin/env node
// Browser tests drive Debian's Chromium through playwright-core; nothing is downloaded from a browser
// vendor. This finds it, installs it with apt when missing and running as root, or stops with a clear
// message saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chromium is needed for the browser tests. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], { stdio: 'inherit', env });
  if (!found()) {
    console.error('apt-get finished but no chromium binary was found at ' + candidates.join(', '));
    process.exit(1);
  }
}
console.log(`Chromium: ${found()}`);
