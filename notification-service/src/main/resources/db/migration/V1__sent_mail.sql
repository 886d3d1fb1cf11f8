-- Every e-mail the platform sent: what, to whom, because of which message.
create table sent_mail (
    id        uuid primary key,
    cause_id  uuid         not null,
    kind      varchar(60)  not null,
    recipient varchar(254) not null,
    subject   varchar(300) not null,
    sent_at   timestamptz  not null
);

create index sent_mail_by_recipient on sent_mail (recipient, sent_at);
