/** A story's body as formatted text (the server keeps only safe HTML; react-admin purifies it again). */
import { Labeled, RichTextField } from 'react-admin';

export const StoryBody = ({ source }: { source: string }) => (
  <Labeled source={source} fullWidth>
    <RichTextField source={source} />
  </Labeled>
);
