/** The workforce programme's own screens (see ./types.ts). */
import type { PageModule } from './types';

const programme: PageModule = { pages: [], messages: { zh: {}, en: {} } };
export default programme;
