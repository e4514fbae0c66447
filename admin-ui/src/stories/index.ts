import Icon from '@mui/icons-material/AutoStories';
import { defineResource } from '../generic/defineResource';
import { CoverInput } from '../publicity/CoverInput';
import { PreviewButton } from '../publicity/PreviewButton';
import { StoryBody } from '../publicity/StoryBody';
import { StoryBodyEditor } from '../publicity/StoryBodyEditor';

export default defineResource({
  icon: Icon,
  columns: ['title', 'slug', 'author', 'honour'],
  fields: {
    body: { input: StoryBodyEditor, show: StoryBody },
    cover: { input: CoverInput },
  },
  recordButtons: PreviewButton,
});
