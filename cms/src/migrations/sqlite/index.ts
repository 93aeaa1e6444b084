import * as migration_20261201_220802_initial from './20261201_220802_initial';

export const migrations = [
  {
    up: migration_20261201_220802_initial.up,
    down: migration_20261201_220802_initial.down,
    name: '20261201_220802_initial'
  },
];
