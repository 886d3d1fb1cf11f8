-- Messages sent with the public contact form: stored first, so that none is lost when the SMTP
-- server is away; ContactJob forwards each to the team mailbox and acknowledges it to its author,
-- once (sent_at), retrying at its next run after a failure.
create table contact_message (
    id          uuid primary key,
    name        varchar(100)  not null,
    email       varchar(254)  not null,
    phone       varchar(30),
    topic       varchar(30)   not null,
    message     varchar(5000) not null,
    received_at timestamptz   not null,
    sent_at     timestamptz,
    attempts    integer       not null default 0
);

create index contact_message_pending on contact_message (received_at) where sent_at is null;
