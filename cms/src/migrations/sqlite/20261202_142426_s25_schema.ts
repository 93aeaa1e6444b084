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
  await db.run(sql`CREATE TABLE \`subscriptions_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_kinds_order_idx\` ON \`subscriptions_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_kinds_parent_idx\` ON \`subscriptions_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`lang\` text DEFAULT 'de' NOT NULL,
  	\`frequency\` text DEFAULT 'weekly' NOT NULL,
  	\`confirmed_at\` text,
  	\`manage_salt\` text NOT NULL,
  	\`manage_hash\` text NOT NULL,
  	\`calendar_salt\` text,
  	\`calendar_hash\` text,
  	\`last_digest_at\` text,
  	\`digest_claimed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_email_idx\` ON \`subscriptions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_confirmed_at_idx\` ON \`subscriptions\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscriptions_manage_hash_idx\` ON \`subscriptions\` (\`manage_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_calendar_hash_idx\` ON \`subscriptions\` (\`calendar_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`districts_id\` integer,
  	\`associations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_order_idx\` ON \`subscriptions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_parent_idx\` ON \`subscriptions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_path_idx\` ON \`subscriptions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_topics_id_idx\` ON \`subscriptions_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_districts_id_idx\` ON \`subscriptions_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_associations_id_idx\` ON \`subscriptions_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE TABLE \`push_subscriptions_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`push_subscriptions_kinds_order_idx\` ON \`push_subscriptions_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_kinds_parent_idx\` ON \`push_subscriptions_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`push_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`endpoint\` text NOT NULL,
  	\`p256dh\` text NOT NULL,
  	\`auth\` text NOT NULL,
  	\`lang\` text DEFAULT 'de' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`push_subscriptions_endpoint_idx\` ON \`push_subscriptions\` (\`endpoint\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_updated_at_idx\` ON \`push_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_created_at_idx\` ON \`push_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`push_subscriptions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`districts_id\` integer,
  	\`associations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_order_idx\` ON \`push_subscriptions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_parent_idx\` ON \`push_subscriptions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_path_idx\` ON \`push_subscriptions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_topics_id_idx\` ON \`push_subscriptions_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_districts_id_idx\` ON \`push_subscriptions_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_associations_id_idx\` ON \`push_subscriptions_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE TABLE \`push_keys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`public_key\` text NOT NULL,
  	\`private_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`push_keys_name_idx\` ON \`push_keys\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`push_keys_updated_at_idx\` ON \`push_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`push_keys_created_at_idx\` ON \`push_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`handovers_invited\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`handovers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`handovers_invited_order_idx\` ON \`handovers_invited\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`handovers_invited_parent_id_idx\` ON \`handovers_invited\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`handovers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`association_id\` integer NOT NULL,
  	\`account_id\` integer,
  	\`invite_admins\` integer DEFAULT false,
  	\`confirmed\` integer DEFAULT false,
  	\`confirmed_at\` text,
  	\`confirmed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`handovers_association_idx\` ON \`handovers\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`handovers_account_idx\` ON \`handovers\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`handovers_confirmed_by_idx\` ON \`handovers\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`handovers_updated_at_idx\` ON \`handovers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`handovers_created_at_idx\` ON \`handovers\` (\`created_at\`);`)
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
  await db.run(sql`CREATE TABLE \`settings_embeds_allowed_origins\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`origin\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_embeds_allowed_origins_order_idx\` ON \`settings_embeds_allowed_origins\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_embeds_allowed_origins_parent_id_idx\` ON \`settings_embeds_allowed_origins\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_south\` numeric;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_north\` numeric;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_west\` numeric;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`service_area_east\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`push_subscriptions_id\` integer REFERENCES push_subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`push_keys_id\` integer REFERENCES push_keys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`handovers_id\` integer REFERENCES handovers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`push_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`push_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_handovers_id_idx\` ON \`payload_locked_documents_rels\` (\`handovers_id\`);`)
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
  await db.run(sql`DROP TABLE \`subscriptions_kinds\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`DROP TABLE \`subscriptions_rels\`;`)
  await db.run(sql`DROP TABLE \`push_subscriptions_kinds\`;`)
  await db.run(sql`DROP TABLE \`push_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`push_subscriptions_rels\`;`)
  await db.run(sql`DROP TABLE \`push_keys\`;`)
  await db.run(sql`DROP TABLE \`handovers_invited\`;`)
  await db.run(sql`DROP TABLE \`handovers\`;`)
  await db.run(sql`DROP TABLE \`settings_politics_geozones\`;`)
  await db.run(sql`DROP TABLE \`settings_politics_tags\`;`)
  await db.run(sql`DROP TABLE \`settings_embeds_allowed_origins\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`associations_id\` integer,
  	\`events_id\` integer,
  	\`opportunities_id\` integer,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`topics_id\` integer,
  	\`districts_id\` integer,
  	\`media_id\` integer,
  	\`sign_videos_id\` integer,
  	\`users_id\` integer,
  	\`account_requests_id\` integer,
  	\`network_memberships_id\` integer,
  	\`calendar_feeds_id\` integer,
  	\`enquiries_id\` integer,
  	\`rate_limits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sign_videos_id\`) REFERENCES \`sign_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`account_requests_id\`) REFERENCES \`account_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`network_memberships_id\`) REFERENCES \`network_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_feeds_id\`) REFERENCES \`calendar_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "associations_id", "events_id", "opportunities_id", "news_id", "pages_id", "topics_id", "districts_id", "media_id", "sign_videos_id", "users_id", "account_requests_id", "network_memberships_id", "calendar_feeds_id", "enquiries_id", "rate_limits_id") SELECT "id", "order", "parent_id", "path", "associations_id", "events_id", "opportunities_id", "news_id", "pages_id", "topics_id", "districts_id", "media_id", "sign_videos_id", "users_id", "account_requests_id", "network_memberships_id", "calendar_feeds_id", "enquiries_id", "rate_limits_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opportunities_id_idx\` ON \`payload_locked_documents_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sign_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`account_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_network_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`network_memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
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
