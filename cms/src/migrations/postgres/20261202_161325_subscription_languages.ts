import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_subscriptions_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_subscriptions_lang" ADD VALUE 'ar';
  ALTER TYPE "public"."enum_push_subscriptions_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_push_subscriptions_lang" ADD VALUE 'ar';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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
