/**
 * A story's body in a rich-text editor (react-admin's, on Tiptap). Images go into the body by upload to
 * this server, the only source the story sanitiser keeps; a pasted address from elsewhere would be dropped.
 */
import AddPhoto from '@mui/icons-material/AddPhotoAlternate';
import { FormHelperText, Stack } from '@mui/material';
import {
  ClearButtons,
  FormatButtons,
  LevelSelect,
  LinkButtons,
  ListButtons,
  QuoteButtons,
  RichTextInput,
  RichTextInputToolbar,
  useTiptapEditor,
} from 'ra-input-rich-text';
import { useTranslate } from 'react-admin';
import { ImagePicker } from '../generic/ImagePicker';
import { useImageUpload } from '../generic/useImageUpload';

const UploadImageButton = () => {
  const editor = useTiptapEditor();
  const translate = useTranslate();
  const { upload, busy, error } = useImageUpload((image) =>
    editor
      ?.chain()
      .focus()
      .insertContent({ type: 'image', attrs: { src: image.url, alt: image.name } })
      .run(),
  );
  return (
    <Stack>
      <ImagePicker
        label={translate('app.publicity_pages.editor.insert_image')}
        busy={busy}
        icon={<AddPhoto />}
        onFiles={upload}
      />
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Stack>
  );
};

const Toolbar = () => (
  <RichTextInputToolbar size="small">
    <LevelSelect size="small" />
    <FormatButtons size="small" />
    <ListButtons size="small" />
    <LinkButtons size="small" />
    <QuoteButtons size="small" />
    <ClearButtons size="small" />
    <UploadImageButton />
  </RichTextInputToolbar>
);

export const StoryBodyInput = ({ source }: { source: string }) => (
  <RichTextInput
    source={source}
    toolbar={<Toolbar />}
    fullWidth
    sx={{ '& .ProseMirror': { minHeight: 320 } }}
  />
);

export default StoryBodyInput;
