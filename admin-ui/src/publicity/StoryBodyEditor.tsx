/** The story editor loads only when a story form opens: Tiptap is large, and only the publicity desk needs it. */
import { LinearProgress } from '@mui/material';
import { lazy, Suspense } from 'react';

const StoryBodyInput = lazy(() => import('./StoryBodyInput'));

export const StoryBodyEditor = ({ source }: { source: string }) => (
  <Suspense fallback={<LinearProgress />}>
    <StoryBodyInput source={source} />
  </Suspense>
);
