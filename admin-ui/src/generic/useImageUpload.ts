/** Picks an image, uploads it, and hands back the stored file; a refusal shows as the server worded it. */
import { useState } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { uploadImage, type UploadedImage } from './api';

export function useImageUpload(onUploaded: (image: UploadedImage) => void) {
  const [locale] = useLocaleState();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onUploaded(await uploadImage(file, locale));
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
