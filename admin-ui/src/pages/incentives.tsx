/** The incentives programme's own screens (see ./types.ts). */
import { incentiveMessages } from '../incentives/messages';
import type { PageModule } from './types';

const programme: PageModule = { pages: [], messages: incentiveMessages };
export default programme;
