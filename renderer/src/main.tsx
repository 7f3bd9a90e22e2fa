// Renderer entry: Mantine theme, notifications, and the app.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import { App } from './App';
import { cssVariablesResolver, theme } from './theme';

createRoot(document.getElementById('root')!).render(
  <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
    {/* Notices stack in the empty lower part of the menu column, so they never lie over the
        control that has the keyboard focus. */}
    <Notifications position="bottom-left" containerWidth={196} limit={4} />
    {/* Dates in Indonesian (day and month names, Monday first) whatever the browser's locale. */}
    <DatesProvider settings={{ locale: 'id', firstDayOfWeek: 1 }}>
      <App />
    </DatesProvider>
  </MantineProvider>,
);
