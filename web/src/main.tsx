// The shared styles come first, so that page styles imported by the components below override them.
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import { registerSW } from 'virtual:pwa-register';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { setUpI18n } from './i18n/i18n';

setUpI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker keeps the app shell available offline; new versions activate on their own.
// @promise P14 an installable app (service worker, manifest) that opens offline
registerSW({ immediate: true });
