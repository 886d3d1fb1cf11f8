-- The reminders sent the day before an event or an appointment, one per person and registration
-- (or appointment). Planned with the message that gives the seat, moved by a change; a cancellation
-- withdraws it and the row stays as a marker, so that a late or repeated confirmation cannot bring
-- it back.
create table reminder (
    id           uuid primary key,
    about_id     uuid          not null,
    recipient    varchar(254)  not null,
    first_name   varchar(100)  not null,
    title        varchar(300)  not null,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    place        varchar(1000),
    page_url     varchar(1000),
    cancel_url   varchar(1000),
    send_at      timestamptz   not null,
    sent_at      timestamptz,
    withdrawn_at timestamptz,
    attempts     integer       not null default 0,
    as_of        timestamptz   not null,
    constraint reminder_once unique (about_id, recipient)
);

comment on column reminder.about_id is 'the registration or the appointment';
comment on column reminder.send_at is 'starts_at minus 24 hours';
comment on column reminder.as_of is 'when the message the row reflects occurred: an older message changes nothing';

create index reminder_due on reminder (send_at) where sent_at is null and withdrawn_at is null;
