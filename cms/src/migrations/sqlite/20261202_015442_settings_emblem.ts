import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` ADD \`emblem_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`settings_emblem_idx\` ON \`settings\` (\`emblem_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "participation_url", "participation_show_teaser", "participation_teaser_count", "city_website_url", "contact_email", "contact_phone", "contact_address", "accessibility_scope", "accessibility_status", "accessibility_standard", "accessibility_prepared_on", "accessibility_reviewed_on", "accessibility_method", "accessibility_method_details", "accessibility_feedback_name", "accessibility_feedback_email", "accessibility_feedback_phone", "accessibility_feedback_reply_within_days", "accessibility_enforcement_name", "accessibility_enforcement_address", "accessibility_enforcement_email", "accessibility_enforcement_phone", "accessibility_enforcement_url", "enquiries_retention_days", "updated_at", "created_at") SELECT "id", "participation_url", "participation_show_teaser", "participation_teaser_count", "city_website_url", "contact_email", "contact_phone", "contact_address", "accessibility_scope", "accessibility_status", "accessibility_standard", "accessibility_prepared_on", "accessibility_reviewed_on", "accessibility_method", "accessibility_method_details", "accessibility_feedback_name", "accessibility_feedback_email", "accessibility_feedback_phone", "accessibility_feedback_reply_within_days", "accessibility_enforcement_name", "accessibility_enforcement_address", "accessibility_enforcement_email", "accessibility_enforcement_phone", "accessibility_enforcement_url", "enquiries_retention_days", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
