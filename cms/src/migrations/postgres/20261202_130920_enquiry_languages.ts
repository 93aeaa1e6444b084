import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enquiries_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_enquiries_lang" ADD VALUE 'ar';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DEFAULT 'de'::text;
  DROP TYPE "public"."enum_enquiries_lang";
  CREATE TYPE "public"."enum_enquiries_lang" AS ENUM('de', 'en');
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DEFAULT 'de'::"public"."enum_enquiries_lang";
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DATA TYPE "public"."enum_enquiries_lang" USING "lang"::"public"."enum_enquiries_lang";`)
}
