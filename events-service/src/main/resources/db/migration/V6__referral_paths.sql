-- What prescribers follow of the people they referred (issue 15, item 6).

-- The journey dates of a person's personal file, copied from members.file.changed (members-service owns the file),
-- keyed by e-mail address: a referral knows the person by the address the prescriber typed, not by an account.
create table referral_file (
    email_key          varchar(254) primary key,
    subject            varchar(100) not null,
    first_interview_on date,
    cape_signed_on     date,
    cesa_signed_on     date,
    changed_at         timestamptz  not null
);
create index referral_file_by_subject on referral_file (subject);

-- Each prescriber as their token last said, for the address their referrals' outcomes are mailed to.
create table prescriber (
    subject    varchar(100) primary key,
    first_name varchar(100),
    last_name  varchar(100),
    email      varchar(254),
    seen_at    timestamptz not null
);

-- Every outcome told to a prescriber (events.referral.progressed): once per referral and outcome.
create table referral_outcome (
    registration_id uuid        not null references registration (id) on delete cascade,
    outcome         varchar(20) not null,
    told_at         timestamptz not null,
    primary key (registration_id, outcome)
);

create index registration_by_email_key on registration (email_key) where prescriber_subject is not null;
