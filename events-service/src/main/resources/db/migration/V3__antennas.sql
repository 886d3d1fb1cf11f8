-- events-service's copy of members-service's antennas (members.antenna.changed, seeded from
-- members-service's public list at start): an event belongs to an antenna that exists and is open.
create table antenna (
    code        varchar(50)  primary key,
    name        varchar(200) not null,
    head_office boolean      not null default false,
    closed      boolean      not null default false,
    -- members-service's changedAt of the state kept (the newest wins); the epoch for a seeded row
    changed_at  timestamptz  not null
);
