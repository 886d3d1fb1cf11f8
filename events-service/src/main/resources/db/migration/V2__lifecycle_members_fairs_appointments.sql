-- Registrations: seat offers from the waiting list, who registered whom, attendance.
alter table registration add column kind varchar(20) not null default 'PUBLIC';
alter table registration add column offer_expires_at timestamptz;
alter table registration add column cancel_reason varchar(30);
alter table registration add column attendance varchar(10);
alter table registration add column attendance_at timestamptz;

create index registration_offers_due on registration (offer_expires_at) where status = 'OFFERED';
create index registration_by_subject on registration (subject) where subject is not null;
create index registration_by_prescriber on registration (prescriber_subject) where prescriber_subject is not null;

-- Occurrences of a recurring series share its id.
alter table agenda_event add column series_id uuid;

-- Entrepreneurs who exhibit at a fair, with the showcase the fair's page links to.
create table fair_exhibitor (
    event_id uuid         not null references agenda_event (id),
    subject  varchar(100) not null,
    name     varchar(210) not null,
    primary key (event_id, subject)
);

-- The showcases members-service published, by owner: names and links for the fairs' pages.
create table showcase_ref (
    subject       varchar(100) primary key,
    slug          varchar(150) not null,
    display_name  varchar(210) not null,
    business_name varchar(210) not null
);

-- Individual appointments: a coach publishes a slot, an entrepreneur books it.
create table slot (
    id                  uuid primary key,
    coach_subject       varchar(100) not null,
    coach_name          varchar(210) not null,
    coach_email         varchar(254) not null,
    starts_at           timestamptz  not null,
    ends_at             timestamptz  not null,
    place_kind          varchar(20)  not null,
    place_label         varchar(200) not null,
    place_street        varchar(200),
    place_postal_code   varchar(10),
    place_town          varchar(100),
    online_url          varchar(500),
    entrepreneur_subject varchar(100),
    entrepreneur_name   varchar(210),
    entrepreneur_email  varchar(254),
    topic               varchar(200),
    note                text,
    status              varchar(20)  not null,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint slot_ends_after_start check (ends_at > starts_at)
);

create index slot_by_coach on slot (coach_subject, starts_at);
create index slot_by_entrepreneur on slot (entrepreneur_subject, starts_at);

-- The secret of each person's personal calendar feed; renewing it replaces the row.
create table calendar_link (
    subject    varchar(100) primary key,
    secret     varchar(64)  not null unique,
    created_at timestamptz  not null
);
