-- Addresses the SMTP server refused for good (a 5xx reply to the recipient at sending, or a delivery status
-- notification saying so): non-essential mails skip them until staff clear the address.
create table mail_bounce (
    id        uuid primary key,
    address   varchar(320) not null unique,
    reply     varchar(300) not null,
    first_at  timestamptz  not null,
    last_at   timestamptz  not null,
    failures  integer      not null default 1
);
