import * as migration_20261122_055547_initial from './20261122_055547_initial';
import * as migration_20261122_071351_media_library_and_jobs from './20261122_071351_media_library_and_jobs';
import * as migration_20261122_100550_ai_assistance from './20261122_100550_ai_assistance';
import * as migration_20261122_135626_distribution from './20261122_135626_distribution';
import * as migration_20261122_172558_planning_print_epaper_broadcast from './20261122_172558_planning_print_epaper_broadcast';
import * as migration_20261122_212633_figures from './20261122_212633_figures';
import * as migration_20261123_005718_revision_and_audience_indexes from './20261123_005718_revision_and_audience_indexes';

export const migrations = [
  {
    up: migration_20261122_055547_initial.up,
    down: migration_20261122_055547_initial.down,
    name: '20261122_055547_initial',
  },
  {
    up: migration_20261122_071351_media_library_and_jobs.up,
    down: migration_20261122_071351_media_library_and_jobs.down,
    name: '20261122_071351_media_library_and_jobs',
  },
  {
    up: migration_20261122_100550_ai_assistance.up,
    down: migration_20261122_100550_ai_assistance.down,
    name: '20261122_100550_ai_assistance',
  },
  {
    up: migration_20261122_135626_distribution.up,
    down: migration_20261122_135626_distribution.down,
    name: '20261122_135626_distribution',
  },
  {
    up: migration_20261122_172558_planning_print_epaper_broadcast.up,
    down: migration_20261122_172558_planning_print_epaper_broadcast.down,
    name: '20261122_172558_planning_print_epaper_broadcast',
  },
  {
    up: migration_20261122_212633_figures.up,
    down: migration_20261122_212633_figures.down,
    name: '20261122_212633_figures',
  },
  {
    up: migration_20261123_005718_revision_and_audience_indexes.up,
    down: migration_20261123_005718_revision_and_audience_indexes.down,
    name: '20261123_005718_revision_and_audience_indexes'
  },
];
