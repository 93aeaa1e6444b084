import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_associations_contact_social_network" AS ENUM('instagram', 'facebook', 'mastodon', 'youtube', 'linkedin', 'other');
  CREATE TYPE "public"."enum_associations_languages" AS ENUM('de', 'de-simple', 'en', 'uk', 'ru', 'ar', 'pl', 'dgs');
  CREATE TYPE "public"."enum_associations_kind" AS ENUM('club', 'initiative', 'network', 'institution', 'selfHelp');
  CREATE TYPE "public"."enum_associations_accessibility_wheelchair" AS ENUM('yes', 'partly', 'no', 'unknown');
  CREATE TYPE "public"."enum_associations_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_associations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__associations_v_version_contact_social_network" AS ENUM('instagram', 'facebook', 'mastodon', 'youtube', 'linkedin', 'other');
  CREATE TYPE "public"."enum__associations_v_version_languages" AS ENUM('de', 'de-simple', 'en', 'uk', 'ru', 'ar', 'pl', 'dgs');
  CREATE TYPE "public"."enum__associations_v_version_kind" AS ENUM('club', 'initiative', 'network', 'institution', 'selfHelp');
  CREATE TYPE "public"."enum__associations_v_version_accessibility_wheelchair" AS ENUM('yes', 'partly', 'no', 'unknown');
  CREATE TYPE "public"."enum__associations_v_version_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__associations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__associations_v_published_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_events_target_groups" AS ENUM('children', 'youth', 'families', 'adults', 'seniors', 'disabilities', 'newcomers', 'everyone');
  CREATE TYPE "public"."enum_events_start_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum_events_end_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum_events_attendance" AS ENUM('onsite', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_target_groups" AS ENUM('children', 'youth', 'families', 'adults', 'seniors', 'disabilities', 'newcomers', 'everyone');
  CREATE TYPE "public"."enum__events_v_version_start_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum__events_v_version_end_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum__events_v_version_attendance" AS ENUM('onsite', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_opportunities_target_groups" AS ENUM('children', 'youth', 'families', 'adults', 'seniors', 'disabilities', 'newcomers', 'everyone');
  CREATE TYPE "public"."enum_opportunities_suitability" AS ENUM('youth', 'seniors', 'families', 'littleGerman', 'wheelchair', 'remote', 'shortNotice');
  CREATE TYPE "public"."enum_opportunities_requirements" AS ENUM('policeCertificate', 'driversLicence', 'adult', 'firstAid', 'healthCertificate');
  CREATE TYPE "public"."enum_opportunities_benefits" AS ENUM('training', 'insurance', 'ehrenamtskarte', 'expenses', 'certificate', 'mentoring');
  CREATE TYPE "public"."enum_opportunities_contact_social_network" AS ENUM('instagram', 'facebook', 'mastodon', 'youtube', 'linkedin', 'other');
  CREATE TYPE "public"."enum_opportunities_commitment" AS ENUM('oneOff', 'regular', 'project');
  CREATE TYPE "public"."enum_opportunities_time_needed_per" AS ENUM('week', 'month', 'date');
  CREATE TYPE "public"."enum_opportunities_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_opportunities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__opportunities_v_version_target_groups" AS ENUM('children', 'youth', 'families', 'adults', 'seniors', 'disabilities', 'newcomers', 'everyone');
  CREATE TYPE "public"."enum__opportunities_v_version_suitability" AS ENUM('youth', 'seniors', 'families', 'littleGerman', 'wheelchair', 'remote', 'shortNotice');
  CREATE TYPE "public"."enum__opportunities_v_version_requirements" AS ENUM('policeCertificate', 'driversLicence', 'adult', 'firstAid', 'healthCertificate');
  CREATE TYPE "public"."enum__opportunities_v_version_benefits" AS ENUM('training', 'insurance', 'ehrenamtskarte', 'expenses', 'certificate', 'mentoring');
  CREATE TYPE "public"."enum__opportunities_v_version_contact_social_network" AS ENUM('instagram', 'facebook', 'mastodon', 'youtube', 'linkedin', 'other');
  CREATE TYPE "public"."enum__opportunities_v_version_commitment" AS ENUM('oneOff', 'regular', 'project');
  CREATE TYPE "public"."enum__opportunities_v_version_time_needed_per" AS ENUM('week', 'month', 'date');
  CREATE TYPE "public"."enum__opportunities_v_version_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__opportunities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__opportunities_v_published_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_news_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_review_status" AS ENUM('draft', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_districts_kind" AS ENUM('quarter', 'village');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'association');
  CREATE TYPE "public"."enum_account_requests_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_network_memberships_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_enquiries_status" AS ENUM('new', 'answered', 'done', 'rejected');
  CREATE TYPE "public"."enum_enquiries_lang" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_enquiries_delivery_status" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_enquiries_delivery_recipient" AS ENUM('club', 'editors');
  CREATE TYPE "public"."enum_enquiries_delivery_confirmation" AS ENUM('sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverBuildRequest', 'importCalendarFeeds', 'enquiry-reminders', 'enquiry-escalations', 'enquiry-retention', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverBuildRequest', 'importCalendarFeeds', 'enquiry-reminders', 'enquiry-escalations', 'enquiry-retention', 'schedulePublish');
  CREATE TYPE "public"."enum_settings_accessibility_status" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_settings_accessibility_method" AS ENUM('self', 'external');
  CREATE TYPE "public"."enum_publish_status_state" AS ENUM('idle', 'pending', 'success', 'retrying', 'failed', 'unconfigured');
  CREATE TYPE "public"."enum_publish_status_site_state" AS ENUM('live', 'partial', 'failed');
  CREATE TABLE "associations_contact_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"network" "enum_associations_contact_social_network",
  	"url" varchar
  );
  
  CREATE TABLE "associations_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_associations_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "associations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_associations_kind" DEFAULT 'club',
  	"district_id" integer,
  	"logo_id" integer,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar DEFAULT 'Neubrandenburg',
  	"address_lat" numeric,
  	"address_lng" numeric,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_website" varchar,
  	"accessibility_wheelchair" "enum_associations_accessibility_wheelchair" DEFAULT 'unknown',
  	"founded_year" numeric,
  	"looking_for_members" boolean DEFAULT false,
  	"featured" boolean DEFAULT false,
  	"trusted" boolean DEFAULT false,
  	"review_status" "enum_associations_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"review_submitted_at" timestamp(3) with time zone,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_associations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "associations_locales" (
  	"name" varchar,
  	"short_description" varchar,
  	"description" jsonb,
  	"meeting_times" varchar,
  	"accessibility_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "associations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"associations_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_associations_v_version_contact_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"network" "enum__associations_v_version_contact_social_network",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_associations_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__associations_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_associations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__associations_v_version_kind" DEFAULT 'club',
  	"version_district_id" integer,
  	"version_logo_id" integer,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar DEFAULT 'Neubrandenburg',
  	"version_address_lat" numeric,
  	"version_address_lng" numeric,
  	"version_contact_name" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_website" varchar,
  	"version_accessibility_wheelchair" "enum__associations_v_version_accessibility_wheelchair" DEFAULT 'unknown',
  	"version_founded_year" numeric,
  	"version_looking_for_members" boolean DEFAULT false,
  	"version_featured" boolean DEFAULT false,
  	"version_trusted" boolean DEFAULT false,
  	"version_review_status" "enum__associations_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__associations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__associations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_associations_v_locales" (
  	"version_name" varchar,
  	"version_short_description" varchar,
  	"version_description" jsonb,
  	"version_meeting_times" varchar,
  	"version_accessibility_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_associations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"associations_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "events_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"start" timestamp(3) with time zone,
  	"start_tz" "enum_events_start_tz" DEFAULT 'Europe/Berlin',
  	"end" timestamp(3) with time zone,
  	"end_tz" "enum_events_end_tz" DEFAULT 'Europe/Berlin',
  	"all_day" boolean DEFAULT false,
  	"attendance" "enum_events_attendance" DEFAULT 'onsite',
  	"venue_name" varchar,
  	"venue_street" varchar,
  	"venue_postal_code" varchar,
  	"venue_city" varchar DEFAULT 'Neubrandenburg',
  	"venue_lat" numeric,
  	"venue_lng" numeric,
  	"online_url" varchar,
  	"district_id" integer,
  	"price_is_free" boolean DEFAULT true,
  	"registration_required" boolean DEFAULT false,
  	"registration_url" varchar,
  	"registration_deadline" timestamp(3) with time zone,
  	"image_id" integer,
  	"cancelled" boolean DEFAULT false,
  	"review_status" "enum_events_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"review_submitted_at" timestamp(3) with time zone,
  	"updated_by_id" integer,
  	"imported" boolean DEFAULT false,
  	"calendar_import_feed_id" integer,
  	"calendar_import_key" varchar,
  	"calendar_import_url" varchar,
  	"calendar_import_hash" varchar,
  	"import_blocked" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"price_text" varchar,
  	"accessibility_notes" varchar,
  	"cancellation_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"associations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_events_v_version_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_start" timestamp(3) with time zone,
  	"version_start_tz" "enum__events_v_version_start_tz" DEFAULT 'Europe/Berlin',
  	"version_end" timestamp(3) with time zone,
  	"version_end_tz" "enum__events_v_version_end_tz" DEFAULT 'Europe/Berlin',
  	"version_all_day" boolean DEFAULT false,
  	"version_attendance" "enum__events_v_version_attendance" DEFAULT 'onsite',
  	"version_venue_name" varchar,
  	"version_venue_street" varchar,
  	"version_venue_postal_code" varchar,
  	"version_venue_city" varchar DEFAULT 'Neubrandenburg',
  	"version_venue_lat" numeric,
  	"version_venue_lng" numeric,
  	"version_online_url" varchar,
  	"version_district_id" integer,
  	"version_price_is_free" boolean DEFAULT true,
  	"version_registration_required" boolean DEFAULT false,
  	"version_registration_url" varchar,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_image_id" integer,
  	"version_cancelled" boolean DEFAULT false,
  	"version_review_status" "enum__events_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_updated_by_id" integer,
  	"version_imported" boolean DEFAULT false,
  	"version_calendar_import_feed_id" integer,
  	"version_calendar_import_key" varchar,
  	"version_calendar_import_url" varchar,
  	"version_calendar_import_hash" varchar,
  	"version_import_blocked" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_price_text" varchar,
  	"version_accessibility_notes" varchar,
  	"version_cancellation_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"associations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "opportunities_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_opportunities_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "opportunities_suitability" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_opportunities_suitability",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "opportunities_requirements" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_opportunities_requirements",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "opportunities_benefits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_opportunities_benefits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "opportunities_contact_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"network" "enum_opportunities_contact_social_network",
  	"url" varchar
  );
  
  CREATE TABLE "opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"association_id" integer,
  	"district_id" integer,
  	"commitment" "enum_opportunities_commitment" DEFAULT 'regular',
  	"time_needed_hours" numeric,
  	"time_needed_per" "enum_opportunities_time_needed_per" DEFAULT 'week',
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_website" varchar,
  	"image_id" integer,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"review_status" "enum_opportunities_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"review_submitted_at" timestamp(3) with time zone,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_opportunities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "opportunities_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"time_needed_note" varchar,
  	"requirements_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "opportunities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_opportunities_v_version_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__opportunities_v_version_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_version_suitability" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__opportunities_v_version_suitability",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_version_requirements" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__opportunities_v_version_requirements",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_version_benefits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__opportunities_v_version_benefits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_version_contact_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"network" "enum__opportunities_v_version_contact_social_network",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_opportunities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_association_id" integer,
  	"version_district_id" integer,
  	"version_commitment" "enum__opportunities_v_version_commitment" DEFAULT 'regular',
  	"version_time_needed_hours" numeric,
  	"version_time_needed_per" "enum__opportunities_v_version_time_needed_per" DEFAULT 'week',
  	"version_contact_name" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_website" varchar,
  	"version_image_id" integer,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_review_status" "enum__opportunities_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__opportunities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__opportunities_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_opportunities_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_time_needed_note" varchar,
  	"version_requirements_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"image_id" integer,
  	"association_id" integer,
  	"published_date" timestamp(3) with time zone,
  	"review_status" "enum_news_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"review_submitted_at" timestamp(3) with time zone,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_image_id" integer,
  	"version_association_id" integer,
  	"version_published_date" timestamp(3) with time zone,
  	"version_review_status" "enum__news_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "districts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_districts_kind" DEFAULT 'quarter',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "districts_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'association' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"associations_id" integer
  );
  
  CREATE TABLE "account_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_account_requests_status" DEFAULT 'pending' NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"association_name" varchar NOT NULL,
  	"association_id" integer,
  	"consent_at" timestamp(3) with time zone,
  	"user_id" integer,
  	"invited_at" timestamp(3) with time zone,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "network_memberships" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"association_id" integer NOT NULL,
  	"network_id" integer NOT NULL,
  	"message" varchar,
  	"status" "enum_network_memberships_status" DEFAULT 'pending' NOT NULL,
  	"decided_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calendar_feeds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"association_id" integer NOT NULL,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"last_run_at" timestamp(3) with time zone,
  	"last_success_at" timestamp(3) with time zone,
  	"imported_count" numeric,
  	"last_result" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "enquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"status" "enum_enquiries_status" DEFAULT 'new' NOT NULL,
  	"note" varchar,
  	"association_id" integer NOT NULL,
  	"opportunity_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"message" varchar NOT NULL,
  	"availability" varchar,
  	"lang" "enum_enquiries_lang" DEFAULT 'de',
  	"consent_at" timestamp(3) with time zone,
  	"answered_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"delivery_status" "enum_enquiries_delivery_status" DEFAULT 'pending',
  	"delivery_recipient" "enum_enquiries_delivery_recipient",
  	"delivery_to" varchar,
  	"delivery_sent_at" timestamp(3) with time zone,
  	"delivery_error" varchar,
  	"delivery_confirmation" "enum_enquiries_delivery_confirmation",
  	"delivery_reminder_sent_at" timestamp(3) with time zone,
  	"delivery_escalated_at" timestamp(3) with time zone,
  	"withdraw_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"points" numeric NOT NULL,
  	"expire" numeric
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"associations_id" integer,
  	"events_id" integer,
  	"opportunities_id" integer,
  	"news_id" integer,
  	"pages_id" integer,
  	"topics_id" integer,
  	"districts_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"account_requests_id" integer,
  	"network_memberships_id" integer,
  	"calendar_feeds_id" integer,
  	"enquiries_id" integer,
  	"rate_limits_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "settings_footer_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "settings_accessibility_barriers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"barrier" varchar NOT NULL,
  	"reason" varchar,
  	"alternative" varchar NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"participation_url" varchar DEFAULT 'https://p26.digital' NOT NULL,
  	"participation_show_teaser" boolean DEFAULT true,
  	"participation_teaser_count" numeric DEFAULT 3,
  	"city_website_url" varchar DEFAULT 'https://www.neubrandenburg.de' NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"accessibility_scope" varchar DEFAULT 'diese Website',
  	"accessibility_status" "enum_settings_accessibility_status" DEFAULT 'partial' NOT NULL,
  	"accessibility_standard" varchar DEFAULT 'WCAG 2.1, Stufe AA (EN 301 549)',
  	"accessibility_prepared_on" timestamp(3) with time zone,
  	"accessibility_reviewed_on" timestamp(3) with time zone,
  	"accessibility_method" "enum_settings_accessibility_method" DEFAULT 'self' NOT NULL,
  	"accessibility_method_details" varchar,
  	"accessibility_feedback_name" varchar,
  	"accessibility_feedback_email" varchar,
  	"accessibility_feedback_phone" varchar,
  	"accessibility_feedback_reply_within_days" numeric DEFAULT 14 NOT NULL,
  	"accessibility_enforcement_name" varchar DEFAULT 'Bürgerbeauftragter des Landes Mecklenburg-Vorpommern' NOT NULL,
  	"accessibility_enforcement_address" varchar DEFAULT 'Schloßstraße 8
  19053 Schwerin',
  	"accessibility_enforcement_email" varchar DEFAULT 'post@buergerbeauftragter-mv.de',
  	"accessibility_enforcement_phone" varchar DEFAULT '0385 525-2709',
  	"accessibility_enforcement_url" varchar DEFAULT 'https://www.buergerbeauftragter-mv.de' NOT NULL,
  	"enquiries_retention_days" numeric DEFAULT 180,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "settings_locales" (
  	"site_name" varchar DEFAULT 'Unser Neubrandenburg' NOT NULL,
  	"intro" varchar,
  	"contact_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "publish_status_site_skipped" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar,
  	"doc_id" varchar,
  	"title" varchar,
  	"reason" varchar
  );
  
  CREATE TABLE "publish_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_publish_status_state" DEFAULT 'idle',
  	"message" varchar,
  	"last_change_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"last_success_at" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"last_changes" varchar,
  	"site_state" "enum_publish_status_site_state",
  	"site_updated_at" timestamp(3) with time zone,
  	"site_error_at" timestamp(3) with time zone,
  	"site_build" varchar,
  	"site_error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "associations_contact_social" ADD CONSTRAINT "associations_contact_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "associations_languages" ADD CONSTRAINT "associations_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "associations" ADD CONSTRAINT "associations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "associations" ADD CONSTRAINT "associations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "associations" ADD CONSTRAINT "associations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "associations_locales" ADD CONSTRAINT "associations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "associations_rels" ADD CONSTRAINT "associations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "associations_rels" ADD CONSTRAINT "associations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "associations_rels" ADD CONSTRAINT "associations_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "associations_rels" ADD CONSTRAINT "associations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_version_contact_social" ADD CONSTRAINT "_associations_v_version_contact_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_associations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_version_languages" ADD CONSTRAINT "_associations_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_associations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v" ADD CONSTRAINT "_associations_v_parent_id_associations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_associations_v" ADD CONSTRAINT "_associations_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_associations_v" ADD CONSTRAINT "_associations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_associations_v" ADD CONSTRAINT "_associations_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_associations_v_locales" ADD CONSTRAINT "_associations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_associations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_rels" ADD CONSTRAINT "_associations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_associations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_rels" ADD CONSTRAINT "_associations_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_rels" ADD CONSTRAINT "_associations_v_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_rels" ADD CONSTRAINT "_associations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_target_groups" ADD CONSTRAINT "events_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_calendar_import_feed_id_calendar_feeds_id_fk" FOREIGN KEY ("calendar_import_feed_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_target_groups" ADD CONSTRAINT "_events_v_version_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_calendar_import_feed_id_calendar_feeds_id_fk" FOREIGN KEY ("version_calendar_import_feed_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_target_groups" ADD CONSTRAINT "opportunities_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_suitability" ADD CONSTRAINT "opportunities_suitability_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_requirements" ADD CONSTRAINT "opportunities_requirements_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_benefits" ADD CONSTRAINT "opportunities_benefits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_contact_social" ADD CONSTRAINT "opportunities_contact_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities_locales" ADD CONSTRAINT "opportunities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_target_groups" ADD CONSTRAINT "_opportunities_v_version_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_suitability" ADD CONSTRAINT "_opportunities_v_version_suitability_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_requirements" ADD CONSTRAINT "_opportunities_v_version_requirements_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_benefits" ADD CONSTRAINT "_opportunities_v_version_benefits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_contact_social" ADD CONSTRAINT "_opportunities_v_version_contact_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_parent_id_opportunities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_association_id_associations_id_fk" FOREIGN KEY ("version_association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v_locales" ADD CONSTRAINT "_opportunities_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_rels" ADD CONSTRAINT "_opportunities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_rels" ADD CONSTRAINT "_opportunities_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_association_id_associations_id_fk" FOREIGN KEY ("version_association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_locales" ADD CONSTRAINT "districts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_network_id_associations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_requests_fk" FOREIGN KEY ("account_requests_id") REFERENCES "public"."account_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_network_memberships_fk" FOREIGN KEY ("network_memberships_id") REFERENCES "public"."network_memberships"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_feeds_fk" FOREIGN KEY ("calendar_feeds_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enquiries_fk" FOREIGN KEY ("enquiries_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limits_fk" FOREIGN KEY ("rate_limits_id") REFERENCES "public"."rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_footer_links" ADD CONSTRAINT "settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_footer_links_locales" ADD CONSTRAINT "settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_accessibility_barriers" ADD CONSTRAINT "settings_accessibility_barriers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_locales" ADD CONSTRAINT "settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_status_site_skipped" ADD CONSTRAINT "publish_status_site_skipped_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publish_status"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "associations_contact_social_order_idx" ON "associations_contact_social" USING btree ("_order");
  CREATE INDEX "associations_contact_social_parent_id_idx" ON "associations_contact_social" USING btree ("_parent_id");
  CREATE INDEX "associations_languages_order_idx" ON "associations_languages" USING btree ("order");
  CREATE INDEX "associations_languages_parent_idx" ON "associations_languages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "associations_slug_idx" ON "associations" USING btree ("slug");
  CREATE INDEX "associations_district_idx" ON "associations" USING btree ("district_id");
  CREATE INDEX "associations_logo_idx" ON "associations" USING btree ("logo_id");
  CREATE INDEX "associations_review_status_idx" ON "associations" USING btree ("review_status");
  CREATE INDEX "associations_updated_by_idx" ON "associations" USING btree ("updated_by_id");
  CREATE INDEX "associations_updated_at_idx" ON "associations" USING btree ("updated_at");
  CREATE INDEX "associations_created_at_idx" ON "associations" USING btree ("created_at");
  CREATE INDEX "associations__status_idx" ON "associations" USING btree ("_status");
  CREATE UNIQUE INDEX "associations_locales_locale_parent_id_unique" ON "associations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "associations_rels_order_idx" ON "associations_rels" USING btree ("order");
  CREATE INDEX "associations_rels_parent_idx" ON "associations_rels" USING btree ("parent_id");
  CREATE INDEX "associations_rels_path_idx" ON "associations_rels" USING btree ("path");
  CREATE INDEX "associations_rels_topics_id_idx" ON "associations_rels" USING btree ("topics_id");
  CREATE INDEX "associations_rels_associations_id_idx" ON "associations_rels" USING btree ("associations_id");
  CREATE INDEX "associations_rels_media_id_idx" ON "associations_rels" USING btree ("media_id");
  CREATE INDEX "_associations_v_version_contact_social_order_idx" ON "_associations_v_version_contact_social" USING btree ("_order");
  CREATE INDEX "_associations_v_version_contact_social_parent_id_idx" ON "_associations_v_version_contact_social" USING btree ("_parent_id");
  CREATE INDEX "_associations_v_version_languages_order_idx" ON "_associations_v_version_languages" USING btree ("order");
  CREATE INDEX "_associations_v_version_languages_parent_idx" ON "_associations_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_associations_v_parent_idx" ON "_associations_v" USING btree ("parent_id");
  CREATE INDEX "_associations_v_version_version_slug_idx" ON "_associations_v" USING btree ("version_slug");
  CREATE INDEX "_associations_v_version_version_district_idx" ON "_associations_v" USING btree ("version_district_id");
  CREATE INDEX "_associations_v_version_version_logo_idx" ON "_associations_v" USING btree ("version_logo_id");
  CREATE INDEX "_associations_v_version_version_review_status_idx" ON "_associations_v" USING btree ("version_review_status");
  CREATE INDEX "_associations_v_version_version_updated_by_idx" ON "_associations_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_associations_v_version_version_updated_at_idx" ON "_associations_v" USING btree ("version_updated_at");
  CREATE INDEX "_associations_v_version_version_created_at_idx" ON "_associations_v" USING btree ("version_created_at");
  CREATE INDEX "_associations_v_version_version__status_idx" ON "_associations_v" USING btree ("version__status");
  CREATE INDEX "_associations_v_created_at_idx" ON "_associations_v" USING btree ("created_at");
  CREATE INDEX "_associations_v_updated_at_idx" ON "_associations_v" USING btree ("updated_at");
  CREATE INDEX "_associations_v_snapshot_idx" ON "_associations_v" USING btree ("snapshot");
  CREATE INDEX "_associations_v_published_locale_idx" ON "_associations_v" USING btree ("published_locale");
  CREATE INDEX "_associations_v_latest_idx" ON "_associations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_associations_v_locales_locale_parent_id_unique" ON "_associations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_associations_v_rels_order_idx" ON "_associations_v_rels" USING btree ("order");
  CREATE INDEX "_associations_v_rels_parent_idx" ON "_associations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_associations_v_rels_path_idx" ON "_associations_v_rels" USING btree ("path");
  CREATE INDEX "_associations_v_rels_topics_id_idx" ON "_associations_v_rels" USING btree ("topics_id");
  CREATE INDEX "_associations_v_rels_associations_id_idx" ON "_associations_v_rels" USING btree ("associations_id");
  CREATE INDEX "_associations_v_rels_media_id_idx" ON "_associations_v_rels" USING btree ("media_id");
  CREATE INDEX "events_target_groups_order_idx" ON "events_target_groups" USING btree ("order");
  CREATE INDEX "events_target_groups_parent_idx" ON "events_target_groups" USING btree ("parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_start_idx" ON "events" USING btree ("start");
  CREATE INDEX "events_district_idx" ON "events" USING btree ("district_id");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE INDEX "events_review_status_idx" ON "events" USING btree ("review_status");
  CREATE INDEX "events_updated_by_idx" ON "events" USING btree ("updated_by_id");
  CREATE INDEX "events_imported_idx" ON "events" USING btree ("imported");
  CREATE INDEX "events_calendar_import_calendar_import_feed_idx" ON "events" USING btree ("calendar_import_feed_id");
  CREATE INDEX "events_calendar_import_calendar_import_key_idx" ON "events" USING btree ("calendar_import_key");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_associations_id_idx" ON "events_rels" USING btree ("associations_id");
  CREATE INDEX "events_rels_topics_id_idx" ON "events_rels" USING btree ("topics_id");
  CREATE INDEX "_events_v_version_target_groups_order_idx" ON "_events_v_version_target_groups" USING btree ("order");
  CREATE INDEX "_events_v_version_target_groups_parent_idx" ON "_events_v_version_target_groups" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_start_idx" ON "_events_v" USING btree ("version_start");
  CREATE INDEX "_events_v_version_version_district_idx" ON "_events_v" USING btree ("version_district_id");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "_events_v_version_version_review_status_idx" ON "_events_v" USING btree ("version_review_status");
  CREATE INDEX "_events_v_version_version_updated_by_idx" ON "_events_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_events_v_version_version_imported_idx" ON "_events_v" USING btree ("version_imported");
  CREATE INDEX "_events_v_version_calendar_import_version_calendar_impor_idx" ON "_events_v" USING btree ("version_calendar_import_feed_id");
  CREATE INDEX "_events_v_version_calendar_import_version_calendar_imp_1_idx" ON "_events_v" USING btree ("version_calendar_import_key");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_associations_id_idx" ON "_events_v_rels" USING btree ("associations_id");
  CREATE INDEX "_events_v_rels_topics_id_idx" ON "_events_v_rels" USING btree ("topics_id");
  CREATE INDEX "opportunities_target_groups_order_idx" ON "opportunities_target_groups" USING btree ("order");
  CREATE INDEX "opportunities_target_groups_parent_idx" ON "opportunities_target_groups" USING btree ("parent_id");
  CREATE INDEX "opportunities_suitability_order_idx" ON "opportunities_suitability" USING btree ("order");
  CREATE INDEX "opportunities_suitability_parent_idx" ON "opportunities_suitability" USING btree ("parent_id");
  CREATE INDEX "opportunities_requirements_order_idx" ON "opportunities_requirements" USING btree ("order");
  CREATE INDEX "opportunities_requirements_parent_idx" ON "opportunities_requirements" USING btree ("parent_id");
  CREATE INDEX "opportunities_benefits_order_idx" ON "opportunities_benefits" USING btree ("order");
  CREATE INDEX "opportunities_benefits_parent_idx" ON "opportunities_benefits" USING btree ("parent_id");
  CREATE INDEX "opportunities_contact_social_order_idx" ON "opportunities_contact_social" USING btree ("_order");
  CREATE INDEX "opportunities_contact_social_parent_id_idx" ON "opportunities_contact_social" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "opportunities_slug_idx" ON "opportunities" USING btree ("slug");
  CREATE INDEX "opportunities_association_idx" ON "opportunities" USING btree ("association_id");
  CREATE INDEX "opportunities_district_idx" ON "opportunities" USING btree ("district_id");
  CREATE INDEX "opportunities_image_idx" ON "opportunities" USING btree ("image_id");
  CREATE INDEX "opportunities_valid_until_idx" ON "opportunities" USING btree ("valid_until");
  CREATE INDEX "opportunities_review_status_idx" ON "opportunities" USING btree ("review_status");
  CREATE INDEX "opportunities_updated_by_idx" ON "opportunities" USING btree ("updated_by_id");
  CREATE INDEX "opportunities_updated_at_idx" ON "opportunities" USING btree ("updated_at");
  CREATE INDEX "opportunities_created_at_idx" ON "opportunities" USING btree ("created_at");
  CREATE INDEX "opportunities__status_idx" ON "opportunities" USING btree ("_status");
  CREATE UNIQUE INDEX "opportunities_locales_locale_parent_id_unique" ON "opportunities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "opportunities_rels_order_idx" ON "opportunities_rels" USING btree ("order");
  CREATE INDEX "opportunities_rels_parent_idx" ON "opportunities_rels" USING btree ("parent_id");
  CREATE INDEX "opportunities_rels_path_idx" ON "opportunities_rels" USING btree ("path");
  CREATE INDEX "opportunities_rels_topics_id_idx" ON "opportunities_rels" USING btree ("topics_id");
  CREATE INDEX "_opportunities_v_version_target_groups_order_idx" ON "_opportunities_v_version_target_groups" USING btree ("order");
  CREATE INDEX "_opportunities_v_version_target_groups_parent_idx" ON "_opportunities_v_version_target_groups" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_suitability_order_idx" ON "_opportunities_v_version_suitability" USING btree ("order");
  CREATE INDEX "_opportunities_v_version_suitability_parent_idx" ON "_opportunities_v_version_suitability" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_requirements_order_idx" ON "_opportunities_v_version_requirements" USING btree ("order");
  CREATE INDEX "_opportunities_v_version_requirements_parent_idx" ON "_opportunities_v_version_requirements" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_benefits_order_idx" ON "_opportunities_v_version_benefits" USING btree ("order");
  CREATE INDEX "_opportunities_v_version_benefits_parent_idx" ON "_opportunities_v_version_benefits" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_contact_social_order_idx" ON "_opportunities_v_version_contact_social" USING btree ("_order");
  CREATE INDEX "_opportunities_v_version_contact_social_parent_id_idx" ON "_opportunities_v_version_contact_social" USING btree ("_parent_id");
  CREATE INDEX "_opportunities_v_parent_idx" ON "_opportunities_v" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_version_slug_idx" ON "_opportunities_v" USING btree ("version_slug");
  CREATE INDEX "_opportunities_v_version_version_association_idx" ON "_opportunities_v" USING btree ("version_association_id");
  CREATE INDEX "_opportunities_v_version_version_district_idx" ON "_opportunities_v" USING btree ("version_district_id");
  CREATE INDEX "_opportunities_v_version_version_image_idx" ON "_opportunities_v" USING btree ("version_image_id");
  CREATE INDEX "_opportunities_v_version_version_valid_until_idx" ON "_opportunities_v" USING btree ("version_valid_until");
  CREATE INDEX "_opportunities_v_version_version_review_status_idx" ON "_opportunities_v" USING btree ("version_review_status");
  CREATE INDEX "_opportunities_v_version_version_updated_by_idx" ON "_opportunities_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_opportunities_v_version_version_updated_at_idx" ON "_opportunities_v" USING btree ("version_updated_at");
  CREATE INDEX "_opportunities_v_version_version_created_at_idx" ON "_opportunities_v" USING btree ("version_created_at");
  CREATE INDEX "_opportunities_v_version_version__status_idx" ON "_opportunities_v" USING btree ("version__status");
  CREATE INDEX "_opportunities_v_created_at_idx" ON "_opportunities_v" USING btree ("created_at");
  CREATE INDEX "_opportunities_v_updated_at_idx" ON "_opportunities_v" USING btree ("updated_at");
  CREATE INDEX "_opportunities_v_snapshot_idx" ON "_opportunities_v" USING btree ("snapshot");
  CREATE INDEX "_opportunities_v_published_locale_idx" ON "_opportunities_v" USING btree ("published_locale");
  CREATE INDEX "_opportunities_v_latest_idx" ON "_opportunities_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_opportunities_v_locales_locale_parent_id_unique" ON "_opportunities_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_opportunities_v_rels_order_idx" ON "_opportunities_v_rels" USING btree ("order");
  CREATE INDEX "_opportunities_v_rels_parent_idx" ON "_opportunities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_rels_path_idx" ON "_opportunities_v_rels" USING btree ("path");
  CREATE INDEX "_opportunities_v_rels_topics_id_idx" ON "_opportunities_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE INDEX "news_association_idx" ON "news" USING btree ("association_id");
  CREATE INDEX "news_published_date_idx" ON "news" USING btree ("published_date");
  CREATE INDEX "news_review_status_idx" ON "news" USING btree ("review_status");
  CREATE INDEX "news_updated_by_idx" ON "news" USING btree ("updated_by_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_topics_id_idx" ON "news_rels" USING btree ("topics_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_version_association_idx" ON "_news_v" USING btree ("version_association_id");
  CREATE INDEX "_news_v_version_version_published_date_idx" ON "_news_v" USING btree ("version_published_date");
  CREATE INDEX "_news_v_version_version_review_status_idx" ON "_news_v" USING btree ("version_review_status");
  CREATE INDEX "_news_v_version_version_updated_by_idx" ON "_news_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_topics_id_idx" ON "_news_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_by_idx" ON "pages" USING btree ("updated_by_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_by_idx" ON "_pages_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "districts_slug_idx" ON "districts" USING btree ("slug");
  CREATE INDEX "districts_updated_at_idx" ON "districts" USING btree ("updated_at");
  CREATE INDEX "districts_created_at_idx" ON "districts" USING btree ("created_at");
  CREATE UNIQUE INDEX "districts_locales_locale_parent_id_unique" ON "districts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_associations_id_idx" ON "users_rels" USING btree ("associations_id");
  CREATE INDEX "account_requests_status_idx" ON "account_requests" USING btree ("status");
  CREATE INDEX "account_requests_association_idx" ON "account_requests" USING btree ("association_id");
  CREATE INDEX "account_requests_user_idx" ON "account_requests" USING btree ("user_id");
  CREATE INDEX "account_requests_updated_at_idx" ON "account_requests" USING btree ("updated_at");
  CREATE INDEX "account_requests_created_at_idx" ON "account_requests" USING btree ("created_at");
  CREATE INDEX "network_memberships_association_idx" ON "network_memberships" USING btree ("association_id");
  CREATE INDEX "network_memberships_network_idx" ON "network_memberships" USING btree ("network_id");
  CREATE INDEX "network_memberships_status_idx" ON "network_memberships" USING btree ("status");
  CREATE INDEX "network_memberships_decided_by_idx" ON "network_memberships" USING btree ("decided_by_id");
  CREATE INDEX "network_memberships_updated_at_idx" ON "network_memberships" USING btree ("updated_at");
  CREATE INDEX "network_memberships_created_at_idx" ON "network_memberships" USING btree ("created_at");
  CREATE INDEX "calendar_feeds_association_idx" ON "calendar_feeds" USING btree ("association_id");
  CREATE INDEX "calendar_feeds_updated_at_idx" ON "calendar_feeds" USING btree ("updated_at");
  CREATE INDEX "calendar_feeds_created_at_idx" ON "calendar_feeds" USING btree ("created_at");
  CREATE INDEX "enquiries_status_idx" ON "enquiries" USING btree ("status");
  CREATE INDEX "enquiries_association_idx" ON "enquiries" USING btree ("association_id");
  CREATE INDEX "enquiries_opportunity_idx" ON "enquiries" USING btree ("opportunity_id");
  CREATE INDEX "enquiries_closed_at_idx" ON "enquiries" USING btree ("closed_at");
  CREATE INDEX "enquiries_withdraw_hash_idx" ON "enquiries" USING btree ("withdraw_hash");
  CREATE INDEX "enquiries_updated_at_idx" ON "enquiries" USING btree ("updated_at");
  CREATE INDEX "enquiries_created_at_idx" ON "enquiries" USING btree ("created_at");
  CREATE UNIQUE INDEX "rate_limits_key_idx" ON "rate_limits" USING btree ("key");
  CREATE INDEX "rate_limits_expire_idx" ON "rate_limits" USING btree ("expire");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_associations_id_idx" ON "payload_locked_documents_rels" USING btree ("associations_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_districts_id_idx" ON "payload_locked_documents_rels" USING btree ("districts_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_account_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("account_requests_id");
  CREATE INDEX "payload_locked_documents_rels_network_memberships_id_idx" ON "payload_locked_documents_rels" USING btree ("network_memberships_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_feeds_id");
  CREATE INDEX "payload_locked_documents_rels_enquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("enquiries_id");
  CREATE INDEX "payload_locked_documents_rels_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limits_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "settings_footer_links_order_idx" ON "settings_footer_links" USING btree ("_order");
  CREATE INDEX "settings_footer_links_parent_id_idx" ON "settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "settings_footer_links_locales_locale_parent_id_unique" ON "settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "settings_accessibility_barriers_order_idx" ON "settings_accessibility_barriers" USING btree ("_order");
  CREATE INDEX "settings_accessibility_barriers_parent_id_idx" ON "settings_accessibility_barriers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "settings_locales_locale_parent_id_unique" ON "settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "publish_status_site_skipped_order_idx" ON "publish_status_site_skipped" USING btree ("_order");
  CREATE INDEX "publish_status_site_skipped_parent_id_idx" ON "publish_status_site_skipped" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "associations_contact_social" CASCADE;
  DROP TABLE "associations_languages" CASCADE;
  DROP TABLE "associations" CASCADE;
  DROP TABLE "associations_locales" CASCADE;
  DROP TABLE "associations_rels" CASCADE;
  DROP TABLE "_associations_v_version_contact_social" CASCADE;
  DROP TABLE "_associations_v_version_languages" CASCADE;
  DROP TABLE "_associations_v" CASCADE;
  DROP TABLE "_associations_v_locales" CASCADE;
  DROP TABLE "_associations_v_rels" CASCADE;
  DROP TABLE "events_target_groups" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_target_groups" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "opportunities_target_groups" CASCADE;
  DROP TABLE "opportunities_suitability" CASCADE;
  DROP TABLE "opportunities_requirements" CASCADE;
  DROP TABLE "opportunities_benefits" CASCADE;
  DROP TABLE "opportunities_contact_social" CASCADE;
  DROP TABLE "opportunities" CASCADE;
  DROP TABLE "opportunities_locales" CASCADE;
  DROP TABLE "opportunities_rels" CASCADE;
  DROP TABLE "_opportunities_v_version_target_groups" CASCADE;
  DROP TABLE "_opportunities_v_version_suitability" CASCADE;
  DROP TABLE "_opportunities_v_version_requirements" CASCADE;
  DROP TABLE "_opportunities_v_version_benefits" CASCADE;
  DROP TABLE "_opportunities_v_version_contact_social" CASCADE;
  DROP TABLE "_opportunities_v" CASCADE;
  DROP TABLE "_opportunities_v_locales" CASCADE;
  DROP TABLE "_opportunities_v_rels" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "districts" CASCADE;
  DROP TABLE "districts_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "account_requests" CASCADE;
  DROP TABLE "network_memberships" CASCADE;
  DROP TABLE "calendar_feeds" CASCADE;
  DROP TABLE "enquiries" CASCADE;
  DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings_footer_links" CASCADE;
  DROP TABLE "settings_footer_links_locales" CASCADE;
  DROP TABLE "settings_accessibility_barriers" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TABLE "settings_locales" CASCADE;
  DROP TABLE "publish_status_site_skipped" CASCADE;
  DROP TABLE "publish_status" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_associations_contact_social_network";
  DROP TYPE "public"."enum_associations_languages";
  DROP TYPE "public"."enum_associations_kind";
  DROP TYPE "public"."enum_associations_accessibility_wheelchair";
  DROP TYPE "public"."enum_associations_review_status";
  DROP TYPE "public"."enum_associations_status";
  DROP TYPE "public"."enum__associations_v_version_contact_social_network";
  DROP TYPE "public"."enum__associations_v_version_languages";
  DROP TYPE "public"."enum__associations_v_version_kind";
  DROP TYPE "public"."enum__associations_v_version_accessibility_wheelchair";
  DROP TYPE "public"."enum__associations_v_version_review_status";
  DROP TYPE "public"."enum__associations_v_version_status";
  DROP TYPE "public"."enum__associations_v_published_locale";
  DROP TYPE "public"."enum_events_target_groups";
  DROP TYPE "public"."enum_events_start_tz";
  DROP TYPE "public"."enum_events_end_tz";
  DROP TYPE "public"."enum_events_attendance";
  DROP TYPE "public"."enum_events_review_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_target_groups";
  DROP TYPE "public"."enum__events_v_version_start_tz";
  DROP TYPE "public"."enum__events_v_version_end_tz";
  DROP TYPE "public"."enum__events_v_version_attendance";
  DROP TYPE "public"."enum__events_v_version_review_status";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_opportunities_target_groups";
  DROP TYPE "public"."enum_opportunities_suitability";
  DROP TYPE "public"."enum_opportunities_requirements";
  DROP TYPE "public"."enum_opportunities_benefits";
  DROP TYPE "public"."enum_opportunities_contact_social_network";
  DROP TYPE "public"."enum_opportunities_commitment";
  DROP TYPE "public"."enum_opportunities_time_needed_per";
  DROP TYPE "public"."enum_opportunities_review_status";
  DROP TYPE "public"."enum_opportunities_status";
  DROP TYPE "public"."enum__opportunities_v_version_target_groups";
  DROP TYPE "public"."enum__opportunities_v_version_suitability";
  DROP TYPE "public"."enum__opportunities_v_version_requirements";
  DROP TYPE "public"."enum__opportunities_v_version_benefits";
  DROP TYPE "public"."enum__opportunities_v_version_contact_social_network";
  DROP TYPE "public"."enum__opportunities_v_version_commitment";
  DROP TYPE "public"."enum__opportunities_v_version_time_needed_per";
  DROP TYPE "public"."enum__opportunities_v_version_review_status";
  DROP TYPE "public"."enum__opportunities_v_version_status";
  DROP TYPE "public"."enum__opportunities_v_published_locale";
  DROP TYPE "public"."enum_news_review_status";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_review_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_districts_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_account_requests_status";
  DROP TYPE "public"."enum_network_memberships_status";
  DROP TYPE "public"."enum_enquiries_status";
  DROP TYPE "public"."enum_enquiries_lang";
  DROP TYPE "public"."enum_enquiries_delivery_status";
  DROP TYPE "public"."enum_enquiries_delivery_recipient";
  DROP TYPE "public"."enum_enquiries_delivery_confirmation";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_settings_accessibility_status";
  DROP TYPE "public"."enum_settings_accessibility_method";
  DROP TYPE "public"."enum_publish_status_state";
  DROP TYPE "public"."enum_publish_status_site_state";`)
}
