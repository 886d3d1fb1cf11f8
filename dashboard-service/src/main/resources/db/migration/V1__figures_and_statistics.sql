-- An entrepreneur's activity, month by month (amounts in cents, euros).
create table monthly_figures (
    entrepreneur_subject varchar(100) not null,
    month                date         not null,
    revenue_cents        bigint       not null default 0,
    expenses_cents       bigint       not null default 0,
    hours_worked         integer      not null default 0,
    primary key (entrepreneur_subject, month)
);

-- Objectives of the accompaniment agreement.
create table objective (
    id                   uuid primary key,
    entrepreneur_subject varchar(100) not null,
    label                varchar(200) not null,
    target_cents         bigint,
    due_month            date         not null,
    reached              boolean      not null default false
);

create index objective_by_entrepreneur on objective (entrepreneur_subject, due_month);

-- Registrations to events per month and kind, counted from events-service's messages (anonymous).
create table registration_count (
    month         date        not null,
    kind          varchar(30) not null,
    registrations integer     not null,
    primary key (month, kind)
);
