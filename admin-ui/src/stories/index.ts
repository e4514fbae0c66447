import Icon from '@mui/icons-material/AutoStories';
import { defineResource } from '../generic/defineResource';
import { CoverInput } from '../publicity/CoverInput';
import { PreviewButton } from '../publicity/PreviewButton';
import { StoryBody } from '../publicity/StoryBody';
import { StoryBodyEditor } from '../publicity/StoryBodyEditor';

/** Publishing follows the story's publication state (`modified`: published, with changes since). */
export default defineResource({
  icon: Icon,
  columns: ['title', 'slug', 'author', 'honour'],
  fields: {
    body: { input: StoryBodyEditor, show: StoryBody },
    cover: { input: CoverInput },
  },
  actions: [
    { name: 'publish', when: { field: 'publicationState', values: ['draft', 'modified'] } },
    { name: 'unpublish', when: { field: 'publicationState', values: ['published', 'modified'] } },
  ],
  recordButtons: PreviewButton,
});
