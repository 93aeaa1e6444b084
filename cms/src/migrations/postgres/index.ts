import * as migration_20261201_233603_initial from './20261201_233603_initial';
import * as migration_20261202_015507_settings_emblem from './20261202_015507_settings_emblem';
import * as migration_20261202_021822_humhub_source from './20261202_021822_humhub_source';
import * as migration_20261202_062730_session_schema from './20261202_062730_session_schema';
import * as migration_20261202_142430_s25_schema from './20261202_142430_s25_schema';
import * as migration_20261202_165847_s26_schema from './20261202_165847_s26_schema';

export const migrations = [
  {
    up: migration_20261201_233603_initial.up,
    down: migration_20261201_233603_initial.down,
    name: '20261201_233603_initial',
  },
  {
    up: migration_20261202_015507_settings_emblem.up,
    down: migration_20261202_015507_settings_emblem.down,
    name: '20261202_015507_settings_emblem',
  },
  {
    up: migration_20261202_021822_humhub_source.up,
    down: migration_20261202_021822_humhub_source.down,
    name: '20261202_021822_humhub_source',
  },
  {
    up: migration_20261202_062730_session_schema.up,
    down: migration_20261202_062730_session_schema.down,
    name: '20261202_062730_session_schema',
  },
  {
    up: migration_20261202_142430_s25_schema.up,
    down: migration_20261202_142430_s25_schema.down,
    name: '20261202_142430_s25_schema',
  },
  {
    up: migration_20261202_165847_s26_schema.up,
    down: migration_20261202_165847_s26_schema.down,
    name: '20261202_165847_s26_schema'
  },
];
