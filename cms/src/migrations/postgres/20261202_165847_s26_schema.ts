import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_subscriptions_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_subscriptions_lang" ADD VALUE 'ar';
  ALTER TYPE "public"."enum_push_subscriptions_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_push_subscriptions_lang" ADD VALUE 'ar';
  CREATE TABLE "topics_council_papers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "topics_council_papers_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "topics_council_papers" ADD CONSTRAINT "topics_council_papers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_council_papers_locales" ADD CONSTRAINT "topics_council_papers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_council_papers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "topics_council_papers_order_idx" ON "topics_council_papers" USING btree ("_order");
  CREATE INDEX "topics_council_papers_parent_id_idx" ON "topics_council_papers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "topics_council_papers_locales_locale_parent_id_unique" ON "topics_council_papers_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "topics_council_papers" CASCADE;
  DROP TABLE "topics_council_papers_locales" CASCADE;
  ALTER TABLE "subscriptions" ALTER COLUMN "lang" SET DATA TYPE text;
  ALTER TABLE "subscriptions" ALTER COLUMN "lang" SET DEFAULT 'de'::text;
  DROP TYPE "public"."enum_subscriptions_lang";
  CREATE TYPE "public"."enum_subscriptions_lang" AS ENUM('de', 'en');
  ALTER TABLE "subscriptions" ALTER COLUMN "lang" SET DEFAULT 'de'::"public"."enum_subscriptions_lang";
  ALTER TABLE "subscriptions" ALTER COLUMN "lang" SET DATA TYPE "public"."enum_subscriptions_lang" USING "lang"::"public"."enum_subscriptions_lang";
  ALTER TABLE "push_subscriptions" ALTER COLUMN "lang" SET DATA TYPE text;
  ALTER TABLE "push_subscriptions" ALTER COLUMN "lang" SET DEFAULT 'de'::text;
  DROP TYPE "public"."enum_push_subscriptions_lang";
  CREATE TYPE "public"."enum_push_subscriptions_lang" AS ENUM('de', 'en');
  ALTER TABLE "push_subscriptions" ALTER COLUMN "lang" SET DEFAULT 'de'::"public"."enum_push_subscriptions_lang";
  ALTER TABLE "push_subscriptions" ALTER COLUMN "lang" SET DATA TYPE "public"."enum_push_subscriptions_lang" USING "lang"::"public"."enum_push_subscriptions_lang";`)
}
