import { isScaleDataLoaded, loadScaleData, scale, SCALE_DATABASE } from '../../../prisma/seed/scale';
import { isScaleCampaignsLoaded, loadScaleCampaigns } from '../../../prisma/seed/scale-campaigns';
import { isScaleRewardsLoaded, loadScaleRewards, SCALE_REWARD_SHARES } from '../../../prisma/seed/scale-rewards';
import { isScaleTimelinesLoaded, loadScaleTimelines } from '../../../prisma/seed/scale-timelines';
import { openDatabase } from '../database/open-database';
import { migrateDatabase } from '../database/provision';
import { launcherEnvSchema, parseEnv } from '../env';
import { runCli, say } from './run-cli';

runCli(async () => {
  const env = parseEnv(launcherEnvSchema);
  const database = await openDatabase(env, { log: say, attach: true, databaseName: SCALE_DATABASE });
  try {
    await migrateDatabase(database.url);
    if (await isScaleDataLoaded(database.url)) {
      say('The scale data set is already loaded.');
    } else {
      say(
        `Loading ${scale.ideas.toLocaleString('en')} ideas, ${scale.votes.toLocaleString('en')} votes and ${scale.comments.toLocaleString('en')} comments…`,
      );
      const started = Date.now();
      await loadScaleData(database.url, say);
      say(
        `Scale data set loaded in ${((Date.now() - started) / 1000).toFixed(1)} s${database.embedded ? ` (database ${SCALE_DATABASE})` : ''}.`,
      );
    }
    // A data set loaded before the rewards (issue 13) gets them added; the rest stays as it is.
    if (await isScaleRewardsLoaded(database.url)) {
      say('The scale rewards are already loaded.');
    } else {
      say(`Adding ${SCALE_REWARD_SHARES.toLocaleString('en')} reward shares…`);
      const started = Date.now();
      await loadScaleRewards(database.url, say);
      say(`Scale rewards loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    // And the ideas' timelines (issue 16: management insight reads them).
    if (await isScaleTimelinesLoaded(database.url)) say('The ideas’ timelines are already loaded.');
    else {
      const started = Date.now();
      await loadScaleTimelines(database.url, say);
      say(`Timelines loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    // And the campaigns (issue 16): ten closed with results, one open now.
    if (await isScaleCampaignsLoaded(database.url)) say('The campaigns are already loaded.');
    else {
      const started = Date.now();
      await loadScaleCampaigns(database.url, say);
      say(`Campaigns loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await database.close();
  }
});
