import * as migration_20261201_221016_initial from './20261201_221016_initial';

export const migrations = [
  {
    up: migration_20261201_221016_initial.up,
    down: migration_20261201_221016_initial.down,
    name: '20261201_221016_initial'
  },
];
