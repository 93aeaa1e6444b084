import * as migration_20261201_232255_initial from './20261201_232255_initial';

export const migrations = [
  {
    up: migration_20261201_232255_initial.up,
    down: migration_20261201_232255_initial.down,
    name: '20261201_232255_initial'
  },
];
