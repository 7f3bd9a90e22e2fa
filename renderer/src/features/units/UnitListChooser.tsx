// Chooses who the organisation is (KPU RI, a KPU Provinsi, a KPU Kabupaten/Kota) and so its
// units, from the official lists the core holds; or imports a custom list. Every change is
// previewed by the core first (added, renamed, removed, kept) and applied by it.
import { useEffect, useState } from 'react';
import { Alert, Button, FileButton, Group, List, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { api, bytesToBase64 } from '../../api/client';
import type { AreaChoice, UnitsApplied, UnitsPreview } from '../../../../shared/contract/units';
import type { InputOf } from '../../../../shared/contract';
import type { OrgRegion } from '../../../../shared/domain/settings';
import { errorText, notifyOk } from '../../components/notify';
import { t } from '../../i18n';

type Source = InputOf<'roster/apply-units'>;
type Level = OrgRegion['level'];

export interface UnitListChooserProps {
  /** The region stored now, to start from. */
  region?: OrgRegion;
  /** Applies the source; Pengaturan passes its own, so the settings queue sees the change. */
  apply?: (source: Source) => Promise<UnitsApplied>;
  onApplied?: (applied: UnitsApplied) => void;
  /** Shows the data's attribution under the chooser (the about line of Pengaturan). */
  showAttribution?: boolean;
}

export function UnitListChooser({ region, apply, onApplied, showAttribution }: UnitListChooserProps) {
  const w = t.units;
  const [level, setLevel] = useState<Level>(region?.level ?? 'provinsi');
  const [province, setProvince] = useState<string | null>(
    region?.level === 'provinsi' ? region.code : region?.level === 'kabkota' ? region.code.slice(0, 2) : null,
  );
  const [regency, setRegency] = useState<string | null>(region?.level === 'kabkota' ? region.code : null);
  const [provinces, setProvinces] = useState<AreaChoice[]>([]);
  const [regencies, setRegencies] = useState<AreaChoice[]>([]);
  const [attribution, setAttribution] = useState('');
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<UnitsPreview | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('regions/provinces', {}).then(
      (list) => {
        setProvinces(list.provinces);
        setAttribution(list.attribution);
      },
      (err) => setProblem(errorText(err)),
    );
  }, []);

  useEffect(() => {
    if (level !== 'kabkota' || !province) return;
    api.call('regions/regencies', { province }).then(setRegencies, (err) => setProblem(errorText(err)));
  }, [level, province]);

  const reset = () => {
    setPreview(null);
    setSource(null);
    setProblem('');
  };

  const regionSource = (): Source | null => {
    if (level === 'ri') return { source: 'region', level, code: '' };
    if (level === 'provinsi') return province ? { source: 'region', level, code: province } : null;
    return regency ? { source: 'region', level, code: regency } : null;
  };

  const showPreview = async (next: Source) => {
    setProblem('');
    setBusy(true);
    try {
      setPreview(await api.call('roster/preview-units', next));
      setSource(next);
    } catch (err) {
      setPreview(null);
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const pickFile = async (file: File | null) => {
    if (!file) return;
    await showPreview({ source: 'file', base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
  };

  const doApply = async () => {
    if (!source) return;
    setBusy(true);
    setProblem('');
    try {
      const applied = await (apply ?? ((s: Source) => api.call('roster/apply-units', s)))(source);
      notifyOk(w.applied(applied.change.units.filter((u) => !u.unlisted).length, applied.settings.organizerName));
      reset();
      onApplied?.(applied);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const ready = regionSource();
  const c = preview?.change;
  return (
    <Stack gap="xs" data-testid="unit-list-chooser">
      <div>
        <Title order={4}>{w.title}</Title>
        <Text size="sm" c="dimmed">
          {w.intro}
        </Text>
      </div>
      <Group align="flex-end" gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="unit-level-label">
            {w.level}
          </Text>
          <SegmentedControl
            aria-labelledby="unit-level-label"
            value={level}
            onChange={(v) => {
              setLevel(v as Level);
              reset();
            }}
            data={(['ri', 'provinsi', 'kabkota'] as const).map((l) => ({ value: l, label: w.levels[l] }))}
          />
        </Stack>
        {level !== 'ri' && (
          <Select
            label={w.province}
            placeholder={w.pick}
            searchable
            w={260}
            data={provinces.map((p) => ({ value: p.code, label: p.name }))}
            value={province}
            onChange={(v) => {
              setProvince(v);
              setRegency(null);
              reset();
            }}
          />
        )}
        {level === 'kabkota' && (
          <Select
            label={w.regency}
            placeholder={w.pick}
            searchable
            w={280}
            data={regencies.map((r) => ({ value: r.code, label: r.name }))}
            value={regency}
            onChange={(v) => {
              setRegency(v);
              reset();
            }}
          />
        )}
        <Button variant="light" disabled={!ready} loading={busy && source?.source !== 'file'} onClick={() => ready && void showPreview(ready)}>
          {w.preview}
        </Button>
        <FileButton onChange={(f) => void pickFile(f)} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
          {(props) => (
            <Button {...props} variant="default">
              {w.fromFile}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="xs" c="dimmed">
        {w.levelHint[level]} {w.fileHint}
      </Text>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {preview && c && (
        <Alert color={preview.errors.length ? 'red' : 'blue'} data-testid="units-preview" title={w.summary(c.units.filter((u) => !u.unlisted).length)}>
          <Stack gap={4}>
            {preview.organisation && <Text size="sm">{w.becomes(preview.organisation.organizerName)}</Text>}
            <Text size="sm">{[w.added(c.added.length), w.renamed(c.renamed.length), w.removed(c.removed.length), w.unchanged(c.unchanged)].join(', ')}.</Text>
            {c.kept.length > 0 && <Text size="sm">{w.kept(c.kept.length)}.</Text>}
            {c.renamed.length > 0 && (
              <List size="xs">
                {c.renamed.slice(0, 5).map((r) => (
                  <List.Item key={r.code}>
                    {r.from} → {r.to}
                  </List.Item>
                ))}
              </List>
            )}
            {preview.roles && <Text size="sm">{w.rolesChange(preview.roles.map((r) => r.short).join(', '))}</Text>}
            {preview.errors.length > 0 && (
              <>
                <Text size="sm">{w.badRows(preview.errors.length)}</Text>
                <List size="xs">
                  {preview.errors.slice(0, 10).map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              </>
            )}
            <Group gap="xs" mt={4}>
              <Button size="xs" onClick={() => void doApply()} loading={busy} disabled={preview.errors.length > 0}>
                {w.apply}
              </Button>
              <Button size="xs" variant="subtle" onClick={reset}>
                {w.cancel}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {showAttribution && attribution && (
        <Text size="xs" c="dimmed" data-testid="area-data-attribution">
          {attribution}
        </Text>
      )}
    </Stack>
  );
}
