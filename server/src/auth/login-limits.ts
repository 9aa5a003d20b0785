import type { Logger } from 'pino';
import type { Limits, MakeLimiter } from '../security/limits';
import { networkOf, take, waitOf } from '../security/limits';
import { Turns } from '../security/turns';

/**
 * The sign-in limits, all keyed on the normalised username (the one the account look-up uses), so
 * "  Admin" and "admin" are one account to every limit:
 * - one account from one address: a few guesses, then that pair waits (a colleague elsewhere is not locked out);
 * - one account from anywhere: a guesser spread over many addresses is slowed too;
 * - one address, any account: one machine guessing;
 * - spraying: one address failing on many distinct accounts (a common password tried on every name)
 *   is blocked for the window and logged as an attack.
 * Counted in Redis when the nodes share one (see Cluster.limiter), so a node hop does not reset them.
 */
export class LoginLimits {
  private readonly pair;
  private readonly account;
  private readonly address;
  private readonly spray;
  private readonly checks;

  constructor(
    make: MakeLimiter,
    private readonly limits: Limits['login'],
    private readonly log: Logger,
  ) {
    const { windowS } = limits;
    this.pair = make({ name: 'login-pair', points: limits.perAccountAddress, durationS: windowS });
    this.account = make({ name: 'login-account', points: limits.perAccount, durationS: windowS });
    this.address = make({ name: 'login-address', points: limits.perAddress, durationS: windowS, blockS: windowS });
    this.spray = make({ name: 'login-spray', points: limits.sprayAccounts, durationS: windowS, blockS: windowS });
    this.checks = new Turns({ perKey: limits.checkingPerNetwork, waitingPerKey: limits.waitingPerNetwork, total: limits.checking });
  }

  /** Seconds until this name may be tried from this address again; 0 when it may be now. */
  async waitS(ip: string | undefined, username: string): Promise<number> {
    const addr = ip ?? 'unknown';
    const waits = await Promise.all([waitOf(this.pair, `${addr}|${username}`), waitOf(this.account, username), waitOf(this.address, addr), waitOf(this.spray, addr)]);
    return Math.max(...waits);
  }

  /**
   * A turn to check a password from this address, once the checks ahead of it from its network are
   * done: the function that ends it, or null when its network already has as many waiting (or the
   * server as many running) as it may.
   */
  startCheck(ip: string | undefined): Promise<(() => void) | null> {
    return this.checks.start(networkOf(ip));
  }

  async failed(ip: string | undefined, username: string): Promise<void> {
    const addr = ip ?? 'unknown';
    await take(this.pair, `${addr}|${username}`);
    const pair = await this.pair.get(`${addr}|${username}`);
    // The first failure on a name from this address is a new account for the spray count.
    const newAccount = pair?.consumedPoints === 1;
    const [, , sprayWait] = await Promise.all([take(this.account, username), take(this.address, addr), newAccount ? take(this.spray, addr) : Promise.resolve(0)]);
    if (sprayWait > 0 && newAccount) this.log.warn({ network: networkOf(ip), accounts: this.limits.sprayAccounts }, 'password spraying: one address failed on many accounts; blocked for the window');
  }

  async succeeded(ip: string | undefined, username: string): Promise<void> {
    await this.pair.delete(`${ip ?? 'unknown'}|${username}`);
  }
}
