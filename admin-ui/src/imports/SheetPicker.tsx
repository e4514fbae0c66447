/** 选择文件 for a sheet (.xlsx or .csv), as the import and the attendee dialogs take one. */
import { Button, useTranslate } from 'react-admin';

const SHEETS = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function SheetPicker({
  disabled,
  onPick,
}: {
  disabled: boolean;
  onPick: (file: File | null) => void;
}) {
  const t = useTranslate();
  return (
    <Button label={t('app.import.choose')} component="label" variant="outlined" disabled={disabled}>
      <input
        hidden
        type="file"
        accept={SHEETS}
        aria-label={t('app.import.choose')}
        onChange={(e) => onPick(e.target.files?.[0] ?? null)}
      />
    </Button>
  );
}
