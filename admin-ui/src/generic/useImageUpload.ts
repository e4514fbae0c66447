/** Uploads the images picked, one by one, handing back each stored file; a refusal shows as the server worded it. */
import { useState } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { uploadImage, type UploadedImage } from '../providers/upload';

export function useImageUpload(onUploaded: (image: UploadedImage) => void) {
  const [locale] = useLocaleState();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    setError(null);
    try {
      for (const file of files) onUploaded(await uploadImage(file, locale));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(message);
      notify(message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { upload, busy, error };
}
