import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`associations_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`associations_translation_missing_order_idx\` ON \`associations_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`associations_translation_missing_parent_idx\` ON \`associations_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_associations_v_version_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_associations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_associations_v_version_translation_missing_order_idx\` ON \`_associations_v_version_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_associations_v_version_translation_missing_parent_idx\` ON \`_associations_v_version_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_translation_missing_order_idx\` ON \`events_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_translation_missing_parent_idx\` ON \`events_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_translation_missing_order_idx\` ON \`_events_v_version_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_translation_missing_parent_idx\` ON \`_events_v_version_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opportunities_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_translation_missing_order_idx\` ON \`opportunities_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_translation_missing_parent_idx\` ON \`opportunities_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opportunities_v_version_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_translation_missing_order_idx\` ON \`_opportunities_v_version_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_translation_missing_parent_idx\` ON \`_opportunities_v_version_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_translation_missing_order_idx\` ON \`news_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_missing_parent_idx\` ON \`news_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_translation_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_missing_order_idx\` ON \`_news_v_version_translation_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_missing_parent_idx\` ON \`_news_v_version_translation_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sign_videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`transcript\` text NOT NULL,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sign_videos_uploaded_by_idx\` ON \`sign_videos\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_videos_updated_at_idx\` ON \`sign_videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_videos_created_at_idx\` ON \`sign_videos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sign_videos_filename_idx\` ON \`sign_videos\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`associations\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_associations_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`opportunities\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_opportunities_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`sign_video_id\` integer REFERENCES sign_videos(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`easy_language\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`pages_sign_video_idx\` ON \`pages\` (\`sign_video_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_sign_video_id\` integer REFERENCES sign_videos(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_easy_language\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_sign_video_idx\` ON \`_pages_v\` (\`version_sign_video_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sign_videos_id\` integer REFERENCES sign_videos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sign_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_videos_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`sign_video_id\` integer REFERENCES sign_videos(id);`)
  await db.run(sql`CREATE INDEX \`settings_sign_video_idx\` ON \`settings\` (\`sign_video_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`associations_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`_associations_v_version_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`events_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`opportunities_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_version_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`news_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_translation_missing\`;`)
  await db.run(sql`DROP TABLE \`sign_videos\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "slug", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "updated_by_id", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_by_idx\` ON \`pages\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_slug", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_by_idx\` ON \`_pages_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`account_requests_id\`) REFERENCES \`account_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`network_memberships_id\`) REFERENCES \`network_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_feeds_id\`) REFERENCES \`calendar_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "associations_id", "events_id", "opportunities_id", "news_id", "pages_id", "topics_id", "districts_id", "media_id", "users_id", "account_requests_id", "network_memberships_id", "calendar_feeds_id", "enquiries_id", "rate_limits_id") SELECT "id", "order", "parent_id", "path", "associations_id", "events_id", "opportunities_id", "news_id", "pages_id", "topics_id", "districts_id", "media_id", "users_id", "account_requests_id", "network_memberships_id", "calendar_feeds_id", "enquiries_id", "rate_limits_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`account_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_network_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`network_memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`emblem_id\` integer,
  	\`participation_url\` text DEFAULT 'https://p26.digital' NOT NULL,
  	\`participation_show_teaser\` integer DEFAULT true,
  	\`participation_teaser_count\` numeric DEFAULT 3,
  	\`city_website_url\` text DEFAULT 'https://www.neubrandenburg.de' NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`accessibility_scope\` text DEFAULT 'diese Website',
  	\`accessibility_status\` text DEFAULT 'partial' NOT NULL,
  	\`accessibility_standard\` text DEFAULT 'WCAG 2.1, Stufe AA (EN 301 549)',
  	\`accessibility_prepared_on\` text,
  	\`accessibility_reviewed_on\` text,
  	\`accessibility_method\` text DEFAULT 'self' NOT NULL,
  	\`accessibility_method_details\` text,
  	\`accessibility_feedback_name\` text,
  	\`accessibility_feedback_email\` text,
  	\`accessibility_feedback_phone\` text,
  	\`accessibility_feedback_reply_within_days\` numeric DEFAULT 14 NOT NULL,
  	\`accessibility_enforcement_name\` text DEFAULT 'Bürgerbeauftragter des Landes Mecklenburg-Vorpommern' NOT NULL,
  	\`accessibility_enforcement_address\` text DEFAULT 'Schloßstraße 8
  19053 Schwerin',
  	\`accessibility_enforcement_email\` text DEFAULT 'post@buergerbeauftragter-mv.de',
  	\`accessibility_enforcement_phone\` text DEFAULT '0385 525-2709',
  	\`accessibility_enforcement_url\` text DEFAULT 'https://www.buergerbeauftragter-mv.de' NOT NULL,
  	\`enquiries_retention_days\` numeric DEFAULT 180,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`emblem_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "emblem_id", "participation_url", "participation_show_teaser", "participation_teaser_count", "city_website_url", "contact_email", "contact_phone", "contact_address", "accessibility_scope", "accessibility_status", "accessibility_standard", "accessibility_prepared_on", "accessibility_reviewed_on", "accessibility_method", "accessibility_method_details", "accessibility_feedback_name", "accessibility_feedback_email", "accessibility_feedback_phone", "accessibility_feedback_reply_within_days", "accessibility_enforcement_name", "accessibility_enforcement_address", "accessibility_enforcement_email", "accessibility_enforcement_phone", "accessibility_enforcement_url", "enquiries_retention_days", "updated_at", "created_at") SELECT "id", "emblem_id", "participation_url", "participation_show_teaser", "participation_teaser_count", "city_website_url", "contact_email", "contact_phone", "contact_address", "accessibility_scope", "accessibility_status", "accessibility_standard", "accessibility_prepared_on", "accessibility_reviewed_on", "accessibility_method", "accessibility_method_details", "accessibility_feedback_name", "accessibility_feedback_email", "accessibility_feedback_phone", "accessibility_feedback_reply_within_days", "accessibility_enforcement_name", "accessibility_enforcement_address", "accessibility_enforcement_email", "accessibility_enforcement_phone", "accessibility_enforcement_url", "enquiries_retention_days", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`CREATE INDEX \`settings_emblem_idx\` ON \`settings\` (\`emblem_id\`);`)
  await db.run(sql`ALTER TABLE \`associations\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_associations_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`opportunities\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_opportunities_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}
