import * as migration_20261201_232349_initial from './20261201_232349_initial';

export const migrations = [
  {
    up: migration_20261201_232349_initial.up,
    down: migration_20261201_232349_initial.down,
    name: '20261201_232349_initial'
  },
];
