-- Where an address in failure was learnt: the SMTP server's refusal at sending, or a delivery status notification
-- (RFC 3464) read later from the bounce mailbox.
alter table mail_bounce add column source varchar(20) not null default 'SMTP_REFUSAL';

-- The delivery status notifications already recorded, by a digest of their Message-ID (or of the whole message when
-- it has none), so that a report read twice (two replicas, a crash before it was deleted from the mailbox) counts once.
-- No address here; rows go after 30 days (the report has left the mailbox long before).
create table mail_bounce_report (
    report_key char(64)    primary key,
    read_at    timestamptz not null
);
