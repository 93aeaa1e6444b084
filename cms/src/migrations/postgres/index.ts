import * as migration_20261201_233603_initial from './20261201_233603_initial';

export const migrations = [
  {
    up: migration_20261201_233603_initial.up,
    down: migration_20261201_233603_initial.down,
    name: '20261201_233603_initial'
  },
];
