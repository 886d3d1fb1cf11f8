-- Every address the service wrote to a non-essential mail: its id is what the signed
-- unsubscribe links carry, so no address travels in a URL.
create table mail_recipient (
    id         uuid primary key,
    address    varchar(320) not null unique,
    created_at timestamptz  not null
);

-- The kinds of non-essential mail (MailTopic) an address chose not to receive.
create table mail_opt_out (
    recipient_id  uuid        not null references mail_recipient (id) on delete cascade,
    topic         varchar(40) not null,
    opted_out_at  timestamptz not null,
    primary key (recipient_id, topic)
);

-- SENT, or SKIPPED when the recipient unsubscribed from the mail's topic.
alter table sent_mail add column outcome varchar(16) not null default 'SENT';
