-- The service's copy of the cooperative's settings (name, colours, sender…), kept from members-service's messages.
create table platform_cooperative (
    id         smallint     primary key check (id = 1),
    settings   text         not null,
    changed_at timestamptz  not null
);
