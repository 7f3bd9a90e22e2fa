// Renderer entry: Mantine theme, notifications, and the app.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { App } from './App';

const theme = createTheme({
  primaryColor: 'red',
  fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  defaultRadius: 'sm',
});

createRoot(document.getElementById('root')!).render(
  <MantineProvider theme={theme} defaultColorScheme="light">
    <Notifications position="top-right" limit={4} />
    <App />
  </MantineProvider>,
);
