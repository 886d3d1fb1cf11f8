create table agenda_event (
    id                uuid primary key,
    kind              varchar(30)  not null,
    audience          varchar(20)  not null,
    title             varchar(200) not null,
    summary           varchar(500) not null,
    description       text         not null,
    theme             varchar(100),
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    place_kind        varchar(20)  not null,
    place_label       varchar(200) not null,
    place_street      varchar(200),
    place_postal_code varchar(10),
    place_town        varchar(100),
    online_url        varchar(500),
    antenna_code      varchar(50),
    antenna_name      varchar(100),
    capacity          integer      not null,
    status            varchar(20)  not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint agenda_event_ends_after_start check (ends_at > starts_at),
    constraint agenda_event_capacity_not_negative check (capacity >= 0)
);

create index agenda_event_by_start on agenda_event (starts_at);

create table registration (
    id                      uuid primary key,
    event_id                uuid         not null references agenda_event (id),
    status                  varchar(20)  not null,
    first_name              varchar(100) not null,
    last_name               varchar(100) not null,
    email                   varchar(254) not null,
    email_key               varchar(254) not null,
    phone                   varchar(30),
    town                    varchar(100),
    heard_from              varchar(50),
    consent_at              timestamptz  not null,
    subject                 varchar(100),
    prescriber_subject      varchar(100),
    prescriber_organisation varchar(100),
    created_at              timestamptz  not null,
    cancelled_at            timestamptz
);

-- one live registration per person and event; cancelling frees the pair
create unique index registration_once_per_person on registration (event_id, email_key) where status <> 'CANCELLED';
create index registration_by_event on registration (event_id, status, created_at);
