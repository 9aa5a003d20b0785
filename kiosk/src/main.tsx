import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import './kiosk.css';
import { render } from 'preact';
import { IDLE_MS } from './App';
import { Start } from './Start';
import { applyUpdatesWhenIdle } from './updates';

const root = document.getElementById('app');
if (root) {
  // The title index.html painted goes in the same task as the app draws, so no frame is blank.
  root.textContent = '';
  render(<Start />, root);
}
// A new version waits until the kiosk has been idle a while longer than it takes to reset to home.
applyUpdatesWhenIdle(IDLE_MS + 30_000);
