import type { Logger } from 'pino';
import type { Config } from './config/config';
import type { Store } from './store/store';

export type Clock = () => Date;

/** What every feature module receives: no module reaches for globals. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
}

export const isoNow = (clock: Clock) => clock().toISOString();

/** The server's clock: the machine's, moved by CLOCK_OFFSET_MS (a demo or a test set on another day). */
export const configuredClock =
  (config: Pick<Config, 'clockOffsetMs'>): Clock =>
  () =>
    new Date(Date.now() + config.clockOffsetMs);
