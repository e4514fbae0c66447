/** A button that opens the file picker for images (the input is hidden; tests and screen readers find it by label). */
import { Button, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { IMAGE_TYPES } from '../providers/upload';

interface Props {
  label: string;
  busy: boolean;
  icon?: ReactNode;
  /** Several files at once (a report's photos); one by default. */
  multiple?: boolean;
  /**
   * A photo taken now: a phone opens its camera (any image type, converted by the phone); desktops
   * ignore it and offer the file picker.
   */
  camera?: boolean;
  onFiles: (files: File[]) => void;
}

export const ImagePicker = ({ label, busy, icon, multiple, camera, onFiles }: Props) => (
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
      accept={camera ? 'image/*' : IMAGE_TYPES}
      capture={camera ? 'environment' : undefined}
      multiple={multiple}
      aria-label={label}
      onChange={(e) => {
        onFiles(Array.from(e.target.files ?? []));
        e.target.value = '';
      }}
    />
  </Button>
);
