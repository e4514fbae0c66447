import Icon from '@mui/icons-material/AutoStories';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['title', 'slug', 'author', 'honour'],
});
