import { buildApp } from './app.ts';
import { ConfigError, configFromEnvironment } from './config.ts';
import { openDatabase } from './db/open-database.ts';

try {
  const config = configFromEnvironment();
  const db = await openDatabase(config);
  const app = await buildApp(config, db);
  const shutdown = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ engine: db.engine }, 'Open Rathaus API ready');
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
