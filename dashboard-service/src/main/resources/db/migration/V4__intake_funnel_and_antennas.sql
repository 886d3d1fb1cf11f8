-- The intake funnel of the funders' view, kept without names: one row per registration to an information meeting
-- (events.registration.confirmed), the person known by a hash of their e-mail address (to follow them to their
-- personal file once they have an account) and, when they registered with an account, their subject.
create table referral (
    registration_id uuid primary key,
    email_hash      char(64)    not null,
    subject         varchar(100),
    organisation    varchar(100),
    antenna         varchar(50),
    registered_at   timestamptz not null,
    meeting_at      timestamptz not null
);

create index referral_by_date on referral (registered_at);
create index referral_by_email on referral (email_hash);

-- The same hash for people with an account (members.person.*), to find a referred person's file.
alter table person add column email_hash char(64);
create index person_by_email on person (email_hash);

-- The antenna that held the event (events' snapshot), for the funders' figures by antenna.
alter table attendance add column antenna varchar(50);
