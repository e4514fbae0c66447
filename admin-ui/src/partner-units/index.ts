import Icon from '@mui/icons-material/Handshake';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
