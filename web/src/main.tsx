import '@mantine/core/styles.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { session } from './lib/session';

// A reload: the cookie may still hold a session. Asked before the first render, in parallel with
// the route's chunks and the layout, rather than from an effect after them.
void session.refresh();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
