/**
 * A media field of images (a task report's photos): a button that opens the phone's camera or the file
 * picker, thumbnails of what is uploaded, and a remove button on each. The value is the stored files.
 */
import AddAPhoto from '@mui/icons-material/AddAPhoto';
import Close from '@mui/icons-material/Close';
import { Box, FormHelperText, IconButton, Stack } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { Labeled, useInput, useTranslate } from 'react-admin';
import type { UploadedImage } from '../providers/upload';
import { ImagePicker } from './ImagePicker';
import { useImageUpload } from './useImageUpload';

type Stored = Pick<UploadedImage, 'id' | 'url' | 'name'>;

const listOf = (value: unknown): Stored[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(Boolean) as Stored[];

export const PhotosInput = ({ source, multiple }: { source: string; multiple: boolean }) => {
  const translate = useTranslate();
  const { field } = useInput({ source });
  const { getValues } = useFormContext();
  const photos = listOf(field.value);
  const set = (next: Stored[]) => field.onChange(multiple ? next : (next[0] ?? null));
  // Uploads arrive one by one: each lands on the value as the form holds it when it arrives.
  const { upload, busy, error } = useImageUpload((image) =>
    set(multiple ? [...listOf(getValues(source)), image] : [image]),
  );
  return (
    <Labeled source={source} sx={{ mb: 2 }}>
      <Stack spacing={1} alignItems="flex-start">
        {photos.length > 0 && (
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
            {photos.map((p) => (
              <Box key={p.id} sx={{ position: 'relative' }}>
                <Box
                  component="img"
                  src={p.url}
                  alt={p.name ?? ''}
                  data-testid="photo"
                  sx={{ width: 88, height: 88, objectFit: 'cover', borderRadius: 1, display: 'block' }}
                />
                <IconButton
                  size="small"
                  aria-label={translate('app.photos.remove', { name: p.name ?? '' })}
                  onClick={() => set(photos.filter((q) => q.id !== p.id))}
                  sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'rgba(255,255,255,0.85)' }}
                >
                  <Close fontSize="small" />
                </IconButton>
              </Box>
            ))}
          </Stack>
        )}
        <ImagePicker
          label={translate(multiple ? 'app.photos.add' : 'app.photos.one')}
          busy={busy}
          icon={<AddAPhoto />}
          multiple={multiple}
          camera
          onFiles={upload}
        />
        <FormHelperText error={Boolean(error)}>{error ?? translate('app.photos.rules')}</FormHelperText>
      </Stack>
    </Labeled>
  );
};
