/** A button that opens the file picker for one image (the input is hidden; tests and screen readers find it by label). */
import { Button, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { IMAGE_TYPES } from './api';

interface Props {
  label: string;
  busy: boolean;
  icon?: ReactNode;
  onFile: (file: File | undefined) => void;
}

export const ImagePicker = ({ label, busy, icon, onFile }: Props) => (
  <Button
    component="label"
    size="small"
    startIcon={busy ? <CircularProgress size={16} /> : icon}
    disabled={busy}
  >
    {label}
    <input
      hidden
      type="file"
      accept={IMAGE_TYPES}
      aria-label={label}
      onChange={(e) => {
        onFile(e.target.files?.[0]);
        e.target.value = '';
      }}
    />
  </Button>
);
