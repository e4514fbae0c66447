/** A story's cover: the current image, a button to upload another, and one to remove it. */
import AddPhoto from '@mui/icons-material/AddPhotoAlternate';
import { Box, Button, FormHelperText, Stack } from '@mui/material';
import { Labeled, useInput, useTranslate } from 'react-admin';
import type { UploadedImage } from '../providers/upload';
import { ImagePicker } from '../generic/ImagePicker';
import { useImageUpload } from '../generic/useImageUpload';

export const CoverInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const { field } = useInput({ source });
  const cover = field.value as Pick<UploadedImage, 'id' | 'url' | 'name'> | null | undefined;
  const { upload, busy, error } = useImageUpload((image) => field.onChange(image));
  return (
    <Labeled source={source} sx={{ mb: 2 }}>
      <Stack spacing={1} alignItems="flex-start">
        {cover?.url && (
          <Box
            component="img"
            src={cover.url}
            alt={cover.name ?? ''}
            data-testid="cover-image"
            sx={{ maxWidth: 320, maxHeight: 180, borderRadius: 1 }}
          />
        )}
        <Stack direction="row" spacing={1}>
          <ImagePicker
            label={translate('app.publicity_pages.editor.upload_cover')}
            busy={busy}
            icon={<AddPhoto />}
            onFiles={upload}
          />
          {cover && (
            <Button size="small" color="warning" onClick={() => field.onChange(null)}>
              {translate('app.publicity_pages.editor.remove_cover')}
            </Button>
          )}
        </Stack>
        <FormHelperText error={Boolean(error)}>
          {error ?? translate('app.publicity_pages.editor.image_rules')}
        </FormHelperText>
      </Stack>
    </Labeled>
  );
};
