#!/usr/bin/env node
// The tools the tests drive, from Debian's packages only (nothing downloaded from a browser vendor):
// Chromium for the browser tests (required), and LibreOffice with poppler-utils to render the Word and
// Excel reports as a reader sees them (optional: the tests that need it say they were skipped without
// it). Installs what is missing with apt when running as root, else says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let updated = false;
const aptInstall = (packages) => {
  if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
};

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const findChromium = () => chromium.find((p) => existsSync(p));
if (!findChromium()) {
  if (!isRoot) {
    console.error('Chromium is needed for the browser tests. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  aptInstall(['chromium', 'fonts-noto-core']);
  if (!findChromium()) {
    console.error('apt-get finished but no chromium binary was found at ' + chromium.join(', '));
    process.exit(1);
  }
}
console.log(`Chromium: ${findChromium()}`);

const office = () => existsSync('/usr/bin/soffice') && existsSync('/usr/bin/pdftoppm');
if (!office() && isRoot) {
  console.log('Installing LibreOffice (writer, calc) and poppler-utils to render the reports in the tests…');
  try {
    aptInstall(['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'fonts-liberation']);
  } catch (err) {
    // Optional: the report tests that render with LibreOffice are skipped, and say so, without it.
    console.warn(`LibreOffice could not be installed (${err.message}); the rendering tests will be skipped.`);
  }
}
console.log(office() ? 'LibreOffice: /usr/bin/soffice' : 'LibreOffice: not installed (report rendering tests skipped)');
