/** A story's body as formatted text (the server keeps only safe HTML; react-admin purifies it again). */
import { RichTextField } from 'react-admin';

export const StoryBody = ({ source }: { source: string }) => <RichTextField source={source} />;
