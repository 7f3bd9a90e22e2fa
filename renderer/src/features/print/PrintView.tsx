// What the print views (the minutes, the letter) share: the bar above the sheets with "back",
// "print" and, in the desktop app, "save as PDF", and the state while the view loads.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { api, saveFile } from '../../api/client';
import type { FileResult } from '../../../../shared/contract';
import { PRINT_READY_ATTR } from '../../../../shared/domain/print-page';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';

/** Until the view's data is there: its error, or a loader. */
export function PrintViewPending({ error }: { error: unknown }) {
  if (error)
    return (
      <Alert color="red" m="md">
        {errorText(error)}
      </Alert>
    );
  return (
    <Group p="md">
      <Loader size="sm" />
      <Text>{t.minutes.loading}</Text>
    </Group>
  );
}

interface PrintViewProps {
  backLabel: string;
  onBack: () => void;
  printLabel: string;
  /** The export that prints this view to PDF (desktop app only). */
  pdf: () => Promise<FileResult>;
  /** What the bar says next to the buttons (paper, hints, status). */
  info: ReactNode;
  children: ReactNode;
}

/** The sheets with the bar above them; the page is marked ready for the PDF printer. */
export function PrintView({ backLabel, onBack, printLabel, pdf, info, children }: PrintViewProps) {
  const [busy, setBusy] = useState(false);
  const savePdf = async () => {
    setBusy(true);
    try {
      const where = await saveFile(await pdf());
      if (where) notifyOk(`${t.minutes.pdfSaved}: ${where}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="minutes-print-body" {...{ [PRINT_READY_ATTR]: 'true' }}>
      <Group className="no-print" justify="center" gap="xs" px="md">
        <Button variant="subtle" onClick={onBack}>
          ← {backLabel}
        </Button>
        <Button onClick={() => window.print()}>{printLabel}</Button>
        {api.transport === 'electron' && (
          <Button variant="light" loading={busy} onClick={savePdf}>
            {t.minutes.savePdf}
          </Button>
        )}
        {info}
      </Group>
      {children}
    </div>
  );
}
