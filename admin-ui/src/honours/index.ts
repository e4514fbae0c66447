import Icon from '@mui/icons-material/EmojiEvents';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
