-- Tables of the messaging backbone, migrated by the platform's own Flyway history (platform_schema_history)
-- so they never collide with a service's own migrations.
create table platform_outbox (
    position     bigserial primary key,
    event_id     uuid         not null unique,
    type         varchar(200) not null,
    version      integer      not null,
    occurred_at  timestamptz  not null,
    envelope     text         not null,
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);

create index platform_outbox_pending on platform_outbox (position) where published_at is null;

create table platform_inbox (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
