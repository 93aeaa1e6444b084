import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`districts_council_papers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`districts_council_papers_order_idx\` ON \`districts_council_papers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`districts_council_papers_parent_id_idx\` ON \`districts_council_papers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`districts_council_papers_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`districts_council_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`districts_council_papers_locales_locale_parent_id_unique\` ON \`districts_council_papers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_politics_geozones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`geozone\` text NOT NULL,
  	\`district_id\` integer NOT NULL,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_politics_geozones_order_idx\` ON \`settings_politics_geozones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_politics_geozones_parent_id_idx\` ON \`settings_politics_geozones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_politics_geozones_district_idx\` ON \`settings_politics_geozones\` (\`district_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_politics_tags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tag\` text NOT NULL,
  	\`topic_id\` integer NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_politics_tags_order_idx\` ON \`settings_politics_tags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_politics_tags_parent_id_idx\` ON \`settings_politics_tags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_politics_tags_topic_idx\` ON \`settings_politics_tags\` (\`topic_id\`);`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_south\` numeric;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_north\` numeric;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_west\` numeric;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_east\` numeric;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`politics_demo_data\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`politics_oparl_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`politics_council_website_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`politics_open311_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`politics_report_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`politics_how_to_take_part\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`districts_council_papers\`;`)
  await db.run(sql`DROP TABLE \`districts_council_papers_locales\`;`)
  await db.run(sql`DROP TABLE \`settings_politics_geozones\`;`)
  await db.run(sql`DROP TABLE \`settings_politics_tags\`;`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`service_area_south\`;`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`service_area_north\`;`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`service_area_west\`;`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`service_area_east\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`politics_demo_data\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`politics_oparl_url\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`politics_council_website_url\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`politics_open311_url\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`politics_report_url\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`politics_how_to_take_part\`;`)
}
