// The wording of letters, minutes and invitation messages, edited in Settings: the text with
// its placeholders, what each placeholder holds, a live preview, and a clear message for a
// placeholder the template does not know. Every change is saved by itself after a pause.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Modal, Paper, Select, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { TEMPLATES } from '../../../../templates/index';
import { checkTemplate, renderTemplate } from '../../../../shared/templates/render';
import { INVITATION_TEMPLATE_KEYS, previewTemplate } from '../../../../shared/invitations/message';
import { INVITATION_WHATSAPP_KEY } from '../../../../templates/invitation';
import { demoMeeting } from '../../../../shared/domain/demo';
import { group, itemAt } from '../../../../shared/indexed';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import type { Settings } from '../../../../shared/domain/settings';
import { api } from '../../api/client';
import { errorText, notifyError, notifyOk } from '../../components/notify';
import { t } from '../../i18n';
import { WhatsAppText } from '../invitations/WhatsAppText';
import { useStored } from '../use-stored';

const SAVE_DELAY_MS = 600;

type SaveState = 'saved' | 'pending' | 'error';

/** Example value of a placeholder, taken from its description ('mis. "25 Mei 2022"'). */
function exampleOf(name: string, description: string): string {
  const m = /mis\.\s*"([^"]+)"/.exec(description) ?? /^"([^"]+)"/.exec(description);
  return m ? group(m, 1) : `«${name}»`;
}

interface PreviewSources {
  meeting: Meeting;
  fromDemo: boolean;
  roster: Roster;
}

/** The meeting to preview with: the next upcoming one, else the latest, else the demo meeting. */
async function loadPreviewSources(settings: Settings, roster: Roster): Promise<PreviewSources> {
  const [list, info] = await Promise.all([api.call('meetings/list', {}), api.call('app/info', {})]);
  const active = list.meetings.filter((m) => m.status === 'aktif');
  const pick = active.find((m) => m.date >= info.today) ?? active[active.length - 1];
  if (pick) {
    try {
      return { meeting: await api.call('meetings/get', { id: pick.id }), fromDemo: false, roster };
    } catch {
      // A damaged meeting file must not keep the editor from working: fall back to the demo.
    }
  }
  return { meeting: demoMeeting('contoh', new Date().toISOString(), settings), fromDemo: true, roster };
}

export function TemplateSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sources, setSources] = useState<PreviewSources | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const storedSettings = useStored('settings/get');
  const storedRoster = useStored('roster/get');
  const loadError = storedSettings.error ?? storedRoster.error ?? previewError;
  const [key, setKey] = useState<string>(INVITATION_WHATSAPP_KEY);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const pending = useRef<Map<string, string>>(new Map());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const s = storedSettings.value;
    const roster = storedRoster.value;
    if (!s || !roster) return;
    let live = true;
    setSettings(s);
    loadPreviewSources(s, roster).then(
      (src) => live && setSources(src),
      (err: unknown) => live && setPreviewError(err),
    );
    return () => {
      live = false;
    };
  }, [storedSettings.value, storedRoster.value]);

  const def = TEMPLATES.find((d) => d.key === key) ?? itemAt(TEMPLATES, 0);
  const stored = settings?.templates[def.key];
  const text = drafts[def.key] ?? (stored !== undefined && stored.trim() !== '' ? stored : def.text);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const jobs = [...pending.current.entries()];
    pending.current.clear();
    for (const [k, value] of jobs) {
      const base = TEMPLATES.find((d) => d.key === k);
      try {
        // Text equal to the default is stored as "no override", so later default fixes reach it.
        const next = await api.call('templates/save', { key: k, text: value === base?.text ? '' : value });
        setSettings(next);
        setSaveError(null);
      } catch (err) {
        // Keep it for the next attempt: nothing typed is dropped.
        if (!pending.current.has(k)) pending.current.set(k, value);
        setSaveError(err);
        setState('error');
        return;
      }
    }
    setState(pending.current.size ? 'pending' : 'saved');
  }, []);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const edit = (value: string) => {
    setDrafts((d) => ({ ...d, [def.key]: value }));
    pending.current.set(def.key, value);
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  const insert = (name: string) => {
    const el = area.current;
    const token = `{${name}}`;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    edit(text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const reset = async () => {
    pending.current.delete(def.key);
    try {
      const next = await api.call('templates/save', { key: def.key, text: '' });
      setSettings(next);
      setDrafts((d) => {
        const rest = { ...d };
        delete rest[def.key];
        return rest;
      });
      setConfirmReset(false);
      setState(pending.current.size ? 'pending' : 'saved');
      notifyOk(t.templateEditor.resetDone);
    } catch (err) {
      notifyError(err);
    }
  };

  const problems = checkTemplate(text, Object.keys(def.placeholders));
  const isInvitation = INVITATION_TEMPLATE_KEYS.includes(def.key);

  let preview: string | null;
  if (isInvitation) {
    preview = settings && sources ? previewTemplate(def.key, text, sources.meeting, settings, sources.roster).text : null;
  } else {
    const samples = Object.fromEntries(Object.entries(def.placeholders).map(([k, d]) => [k, exampleOf(k, d)]));
    preview = renderTemplate(text, samples).text;
  }

  if (loadError) return <Alert color="red">{errorText(loadError)}</Alert>;

  const customised = text !== def.text;
  const stateText = state === 'saved' ? t.templateEditor.saved : state === 'pending' ? t.templateEditor.saving : t.templateEditor.saveFailed;

  return (
    <Card withBorder padding="md" data-testid="template-settings">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4">
            {t.templateEditor.title}
          </Title>
          <Badge variant="dot" color={state === 'error' ? 'red' : state === 'pending' ? 'yellow' : 'green'} data-testid="template-save-status">
            {stateText}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t.templateEditor.intro}
        </Text>
        {state === 'error' && (
          <Text size="sm" c="red">
            {errorText(saveError)}
          </Text>
        )}
        <Group align="flex-end" gap="sm">
          <Select
            label={t.templateEditor.pick}
            data={TEMPLATES.map((d) => ({ value: d.key, label: d.label }))}
            value={def.key}
            onChange={(v) => v && setKey(v)}
            allowDeselect={false}
            searchable
            w={460}
            maxDropdownHeight={360}
          />
          <Badge color={customised ? 'blue' : 'gray'} variant="light" mb={8}>
            {customised ? t.templateEditor.custom : t.templateEditor.default}
          </Badge>
          <Button variant="subtle" color="gray" disabled={!customised} onClick={() => setConfirmReset(true)} mb={2}>
            {t.templateEditor.reset}
          </Button>
        </Group>

        <Textarea
          ref={area}
          label={t.templateEditor.text}
          value={text}
          onChange={(e) => edit(e.currentTarget.value)}
          autosize
          minRows={def.text.includes('\n') ? 10 : 2}
          maxRows={24}
          spellCheck={false}
          styles={{
            input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, color: 'var(--mantine-color-text)' },
            error: { fontSize: 'var(--mantine-font-size-sm)' },
          }}
          error={
            problems.length > 0 ? (
              <Stack gap={2} component="span" data-testid="template-problems">
                {problems.map((p) => (
                  <span key={p.placeholder}>{p.message}</span>
                ))}
              </Stack>
            ) : undefined
          }
        />

        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t.templateEditor.placeholders}
          </Text>
          <Group gap={6}>
            {Object.entries(def.placeholders).map(([name, description]) => (
              <Tooltip key={name} label={description} multiline w={360} withArrow>
                <Button size="compact-xs" variant="light" onClick={() => insert(name)} aria-label={t.templateEditor.insert(name)}>
                  {`{${name}}`}
                </Button>
              </Tooltip>
            ))}
          </Group>
        </Stack>

        <Stack gap={4}>
          <Group gap="xs" align="baseline">
            <Text size="sm" fw={500}>
              {t.templateEditor.preview}
            </Text>
            <Text size="xs" c="dimmed">
              {isInvitation
                ? sources && (sources.fromDemo ? t.templateEditor.previewDemo : t.templateEditor.previewMeeting(sources.meeting.title))
                : t.templateEditor.previewPlaceholdersOnly}
            </Text>
          </Group>
          <Paper
            withBorder
            p="sm"
            bg="var(--mantine-color-gray-0)"
            data-testid="template-preview"
            mah={460}
            style={{ overflowY: 'auto' }}
            tabIndex={0}
            role="region"
            aria-label={t.templateEditor.previewRegion}
          >
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {preview === null ? (
                '…'
              ) : def.key === INVITATION_WHATSAPP_KEY ? (
                <WhatsAppText text={preview} />
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{preview}</span>
              )}
            </Text>
          </Paper>
          {problems.length === 0 && (
            <Text size="xs" c="teal.8">
              {t.templateEditor.ok}
            </Text>
          )}
        </Stack>
      </Stack>

      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title={t.templateEditor.resetTitle}>
        <Stack>
          <Text size="sm">{t.templateEditor.resetBody}</Text>
          <Text size="xs" c="dimmed">
            {def.label}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmReset(false)} data-autofocus>
              {t.invitations.cancelKeep}
            </Button>
            <Button onClick={() => void reset()}>{t.templateEditor.resetConfirm}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
