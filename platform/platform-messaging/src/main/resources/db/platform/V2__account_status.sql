-- The service's copy of deactivated accounts, kept from members-service's messages.
create table platform_account_status (
    subject     varchar(100) primary key,
    deactivated boolean      not null,
    changed_at  timestamptz  not null
);
