import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import './console.css';
import { render } from 'preact';
import { App } from './App';
import { registerServiceWorkerWhenIdle } from './register-service-worker';

const root = document.getElementById('app');
if (root) render(<App />, root);
// No service worker in `vite dev`: the plugin builds it only for production.
if (import.meta.env.PROD) registerServiceWorkerWhenIdle(import.meta.env.BASE_URL);
