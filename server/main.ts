import { buildApp } from './app.ts';
import { ConfigError, configFromEnvironment } from './config.ts';
import { openDatabase } from './db/open-database.ts';

try {
  const config = configFromEnvironment();
  const db = await openDatabase(config);
  const app = await buildApp(config, db);
  let stopping = false;
  // Graceful: /readyz turns 503 and live streams end with a retry hint, the listener stops accepting, requests in
  // flight and the webhook delivery in progress finish, then the database closes. All within SHUTDOWN_TIMEOUT_MS;
  // past it the process exits with 1, and an unfinished delivery is sent again by another process (at least once).
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      app.log.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    await app.close();
    await db.close();
    app.log.info('shut down');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ engine: db.engine }, 'Open Rathaus API ready');
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
