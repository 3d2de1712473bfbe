/**
 * The version of the data this server serves (the loaded dataset's checksum), watched
 * so that every cache is dropped when `npm run db:reload` (or another server) replaces
 * the data: response caches are keyed by it and cleared, computed networks are forgotten.
 */
import { datasetVersion } from './load-dataset';
import type { Orm } from './orm';

/** How often a server asks the database whether the data was replaced (DATA_VERSION_POLL_MS). */
const DEFAULT_POLL_MS = 2000;

export class DataVersion {
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners: Array<(version: string) => void> = [];
  private checking: Promise<void> | null = null;

  private constructor(
    private readonly orm: Orm,
    public current: string,
  ) {}

  /** Read the version now and poll every `pollMs` (0: never; the version then stays as read). */
  static async watch(orm: Orm, pollMs = DEFAULT_POLL_MS): Promise<DataVersion> {
    const version = new DataVersion(orm, await datasetVersion(orm));
    if (pollMs > 0) {
      version.timer = setInterval(() => void version.check(), pollMs);
      version.timer.unref(); // a poll never keeps the process alive
    }
    return version;
  }

  /** Call `fn` with the new version whenever the data changes. */
  onChange(fn: (version: string) => void): void {
    this.listeners.push(fn);
  }

  /** Ask the database now; resolves once listeners have run if the version changed. */
  check(): Promise<void> {
    this.checking ??= datasetVersion(this.orm)
      .then((version) => {
        if (version === this.current) return;
        this.current = version;
        for (const fn of this.listeners) fn(version);
      })
      // A database that is briefly unavailable is not a new version; the next poll asks again.
      .catch(() => undefined)
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  /** Stop polling and wait for a check under way (before the ORM closes). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
  }
}
