// The "Berita & Laporan" tab: after the rakor, the news draft for the host's and each unit's
// website (read, copy, .docx, .txt, or all at once as .zip), the laporan kegiatan as DOCX, and
// the documentation photos it carries. Every file and every photo is made or checked by the core.
import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Alert, Button, Card, FileButton, Group, Image, Loader, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { NewsDraftView } from '../../../../shared/contract/reports';
import type { FileResult } from '../../../../shared/contract/define';
import { PHOTO_MAX_BYTES, photoProblem, type PhotoInfo } from '../../../../shared/domain/photos';
import { api, bytesToBase64, saveFile } from '../../api/client';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import type { SectionProps } from '../section-props';
import { useCopy } from '../invitations/MessagePanel';
import { itemAt } from '../../../../shared/indexed';

const CAPTION_SAVE_MS = 600;

function sizeInWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

function NewsPanel({ meeting, doc }: SectionProps) {
  const [drafts, setDrafts] = useState<NewsDraftView[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [unit, setUnit] = useState<string>('');
  const [busy, setBusy] = useState<string | null>(null);
  const clipboard = useCopy();
  const revision = meeting.revision ?? 0;

  useEffect(() => {
    let live = true;
    void doc
      .flush()
      .then(() => api.call('news/drafts', { id: meeting.id }))
      .then((d) => live && (setDrafts(d), setLoadError(null)))
      .catch((err) => live && setLoadError(err));
    return () => {
      live = false;
    };
    // The drafts follow the stored record: read again when its revision changes.
  }, [meeting.id, revision]); // eslint-disable-line react-hooks/exhaustive-deps

  const download = async (key: string, make: () => Promise<FileResult>) => {
    setBusy(key);
    try {
      await doc.flush();
      const where = await saveFile(await make());
      if (where) notifyOk(`${t.reports.saved}: ${where}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  if (loadError) return <Alert color="red">{errorText(loadError)}</Alert>;
  if (!drafts) return <Loader aria-label={t.reports.loading} />;
  const current = drafts.find((d) => d.unitCode === unit) ?? itemAt(drafts, 0); // the province's own draft always comes first
  const options = drafts.map((d) => ({ value: d.unitCode, label: d.unitCode ? d.author : `${d.author} (${t.reports.own})` }));

  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t.reports.newsTitle}</Title>
        <Text size="sm" c="dimmed">
          {t.reports.newsHint}
        </Text>
        <Select label={t.reports.whose} data={options} value={current.unitCode} onChange={(v) => setUnit(v ?? '')} searchable allowDeselect={false} maw={480} />
        <Textarea
          aria-label={`${t.reports.newsTitle}: ${current.author}`}
          value={current.text}
          readOnly
          autosize
          minRows={8}
          maxRows={22}
          data-testid="news-text"
        />
        <Group gap="xs">
          <Button
            variant={clipboard.copied ? 'filled' : 'light'}
            color={clipboard.copied ? 'teal' : undefined}
            onClick={() => void clipboard.copy(current.text)}
          >
            {clipboard.copied ? `${t.reports.copied} ✓` : t.reports.copy}
          </Button>
          <Button
            variant="light"
            loading={busy === 'docx'}
            onClick={() => void download('docx', () => api.call('news/export', { id: meeting.id, unitCode: current.unitCode, format: 'docx' }))}
          >
            {t.reports.downloadDocx}
          </Button>
          <Button
            variant="light"
            loading={busy === 'txt'}
            onClick={() => void download('txt', () => api.call('news/export', { id: meeting.id, unitCode: current.unitCode, format: 'txt' }))}
          >
            {t.reports.downloadTxt}
          </Button>
          <Button loading={busy === 'all'} onClick={() => void download('all', () => api.call('news/export-all', { id: meeting.id }))}>
            {t.reports.downloadAll}
          </Button>
        </Group>
        {clipboard.failed && (
          <Text size="sm" c="red">
            {t.reports.copyFailed}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t.reports.allHint}
        </Text>
      </Stack>
    </Card>
  );
}

function PhotoCard({ meetingId, photo, onList }: { meetingId: string; photo: PhotoInfo; onList(list: PhotoInfo[]): void }) {
  const [caption, setCaption] = useState(photo.caption);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('report/photo-image', { id: meetingId, photoId: photo.id }).then(
      (img) => live && setSrc(`data:${img.type};base64,${img.base64}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [meetingId, photo.id]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const send = (text: string) => {
    pending.current = null;
    api.call('report/set-caption', { id: meetingId, photoId: photo.id, caption: text }).then(onList, notifyError);
  };
  useEffect(
    () => () => {
      // Leaving the tab sends a caption still waiting for its pause.
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null) send(pending.current);
    },
    [], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const change = (text: string) => {
    setCaption(text);
    pending.current = text;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send(text), CAPTION_SAVE_MS);
  };
  const size = t.reports.size.replace('{lebar}', String(photo.width)).replace('{tinggi}', String(photo.height)).replace('{ukuran}', sizeInWords(photo.bytes));
  return (
    <Card withBorder padding="sm" data-testid="photo-card">
      <Stack gap="xs">
        {src && <Image src={src} alt={caption || t.reports.photosTitle} h={120} fit="contain" />}
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {photo.type === 'image/png' ? 'PNG' : 'JPEG'} · {size}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`${t.reports.removePhoto}: ${photo.caption || photo.id}`}
            onClick={() =>
              void api
                .call('report/remove-photo', { id: meetingId, photoId: photo.id })
                .then((list) => (onList(list), notifyOk(t.reports.photoRemoved)), notifyError)
            }
          >
            ×
          </ActionIcon>
        </Group>
        <TextInput
          label={t.reports.caption}
          placeholder={t.reports.captionPlaceholder}
          value={caption}
          maxLength={300}
          onChange={(e) => change(e.currentTarget.value)}
        />
      </Stack>
    </Card>
  );
}

function ReportPanel({ meeting, doc }: SectionProps) {
  const [photos, setPhotos] = useState<PhotoInfo[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    api.call('report/photos', { id: meeting.id }).then(setPhotos, notifyError);
  }, [meeting.id]);

  const addFiles = async (files: File[]) => {
    setRefusal(null);
    setBusy('add');
    try {
      let list = photos ?? [];
      for (const file of files) {
        // Too large to be worth sending: the same rule the core applies, said before the upload.
        if (file.size > PHOTO_MAX_BYTES) {
          setRefusal(photoProblem(new Uint8Array(file.size), file.name, null, list.length));
          continue;
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        try {
          list = await api.call('report/add-photo', { id: meeting.id, fileName: file.name, base64: bytesToBase64(bytes), caption: '' });
          setPhotos(list);
          notifyOk(`${t.reports.photoAdded}: ${file.name}`);
        } catch (err) {
          setRefusal(errorText(err));
        }
      }
    } finally {
      setBusy(null);
    }
  };

  const exportReport = async () => {
    setBusy('docx');
    try {
      await doc.flush();
      const where = await saveFile(await api.call('report/export-docx', { id: meeting.id }));
      if (where) notifyOk(`${t.reports.saved}: ${where}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t.reports.reportTitle}</Title>
        <Text size="sm" c="dimmed">
          {t.reports.reportHint}
        </Text>
        <Group>
          <Button loading={busy === 'docx'} onClick={() => void exportReport()}>
            {t.reports.downloadReport}
          </Button>
        </Group>
        <Title order={4}>{t.reports.photosTitle}</Title>
        <Text size="sm" c="dimmed">
          {t.reports.photosHint}
        </Text>
        <Group>
          <FileButton onChange={(f) => void addFiles(f)} accept="image/png,image/jpeg,.png,.jpg,.jpeg" multiple>
            {(props) => (
              <Button {...props} variant="light" loading={busy === 'add'}>
                {t.reports.addPhoto}
              </Button>
            )}
          </FileButton>
        </Group>
        {refusal && (
          <Alert color="red" title={t.reports.photoFailed} role="alert" withCloseButton onClose={() => setRefusal(null)}>
            {refusal}
          </Alert>
        )}
        {photos === null ? (
          <Loader size="sm" />
        ) : photos.length === 0 ? (
          <Text size="sm">{t.reports.noPhotos}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {photos.map((p) => (
              <PhotoCard key={p.id} meetingId={meeting.id} photo={p} onList={setPhotos} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

export function ReportsSection(props: SectionProps) {
  return (
    <Stack>
      <NewsPanel {...props} />
      <ReportPanel {...props} />
    </Stack>
  );
}
