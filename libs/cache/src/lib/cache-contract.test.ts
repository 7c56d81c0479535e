import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import memoryDriver from 'unstorage/drivers/memory';
import { describeCacheContract } from '../../test/cache-contract.js';

describeCacheContract("driver 'memory'", {
  shared: false,
  setup: async () => ({ driver: () => 'memory', cleanup: async () => undefined }),
});

describeCacheContract('driver { type: fs }', {
  shared: true,
  async setup() {
    const dir = await mkdtemp(join(tmpdir(), 'n2f-cache-'));
    return {
      driver: () => ({ type: 'fs', dir }),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  },
});

describeCacheContract('a ready unstorage Driver (memory, shared)', {
  shared: true,
  async setup() {
    const driver = memoryDriver();
    return { driver: () => driver, cleanup: async () => undefined };
  },
});
