// The dialog that defines or changes one report item: its name, its type (pilihan, angka,
// teks), the options of a choice and the bounds of a number. The core checks it again and
// refuses a change that would leave answers already given invalid.
import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { parseReportNumber, type ReportItem, type ReportItemType } from '../../../../shared/domain/unit-reports';
import { t } from '../../i18n';

function ItemForm({ item, onSave, onClose }: { item: ReportItem; onSave(item: ReportItem): void; onClose(): void }) {
  const [name, setName] = useState(item.name);
  const [type, setType] = useState<ReportItemType>(item.type);
  const [options, setOptions] = useState(item.options.join('\n'));
  const [min, setMin] = useState(item.min === null ? '' : String(item.min).replace('.', ','));
  const [max, setMax] = useState(item.max === null ? '' : String(item.max).replace('.', ','));
  const [tried, setTried] = useState(false);
  const optionList = options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  const nameError = tried && !name.trim() ? t.unitReports.nameRequired : null;
  const optionsError = tried && type === 'pilihan' && optionList.length < 2 ? t.unitReports.optionsRequired : null;
  const bound = (s: string) => (s.trim() ? parseReportNumber(s) : null);
  const minError = min.trim() && parseReportNumber(min) === null ? t.unitReports.notANumber : null;
  const maxError = max.trim() && parseReportNumber(max) === null ? t.unitReports.notANumber : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!name.trim() || (type === 'pilihan' && optionList.length < 2) || minError || maxError) return;
        onSave({
          id: item.id,
          name,
          type,
          options: type === 'pilihan' ? optionList : [],
          min: type === 'angka' ? bound(min) : null,
          max: type === 'angka' ? bound(max) : null,
        });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t.unitReports.itemName}
          placeholder={t.unitReports.itemNamePlaceholder}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={300}
          data-autofocus
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="item-type-label">
            {t.unitReports.itemType}
          </Text>
          <SegmentedControl
            aria-labelledby="item-type-label"
            value={type}
            onChange={(v) => setType(v as ReportItemType)}
            data={(['pilihan', 'angka', 'teks'] as const).map((v) => ({ value: v, label: t.unitReports.types[v] }))}
          />
        </div>
        {type === 'pilihan' && (
          <Textarea
            label={t.unitReports.itemOptions}
            description={t.unitReports.itemOptionsHint}
            value={options}
            onChange={(e) => setOptions(e.currentTarget.value)}
            error={optionsError}
            autosize
            minRows={3}
            maxRows={8}
          />
        )}
        {type === 'angka' && (
          <Group grow>
            <TextInput
              label={t.unitReports.itemMin}
              description={t.unitReports.itemBoundsHint}
              value={min}
              onChange={(e) => setMin(e.currentTarget.value)}
              error={minError}
            />
            <TextInput
              label={t.unitReports.itemMax}
              description={t.unitReports.itemBoundsHint}
              value={max}
              onChange={(e) => setMax(e.currentTarget.value)}
              error={maxError}
            />
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit">{t.unitReports.save}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ItemEditor({ item, isNew, onSave, onClose }: { item: ReportItem | null; isNew: boolean; onSave(item: ReportItem): void; onClose(): void }) {
  return (
    <Modal opened={item !== null} onClose={onClose} title={isNew ? t.unitReports.itemModalNew : t.unitReports.itemModalEdit} size="md">
      {item && <ItemForm item={item} onSave={onSave} onClose={onClose} />}
    </Modal>
  );
}
