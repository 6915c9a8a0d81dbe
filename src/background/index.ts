/** Service worker entry (background.service_worker / background.scripts). See ./worker.ts. */
import { startBackground } from './worker';

void startBackground();
