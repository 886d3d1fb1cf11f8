-- Money is numeric(19,5): enDI's amounts carry up to 5 decimals, never a float.

-- The dashboard's copy of each entrepreneur's personal file, from members.file.changed (state transfer: the newest
-- changed_at wins).
create table personal_file (
    subject         varchar(100) primary key,
    antenna         varchar(50),
    coach           varchar(100),
    analytical_code varchar(50),
    cape_starts_on  date,
    cape_ends_on    date,
    cesa_starts_on  date,
    changed_at      timestamptz  not null
);

create index personal_file_by_code on personal_file (analytical_code);

create table file_objective (
    subject       varchar(100) not null references personal_file (subject) on delete cascade,
    id            varchar(100) not null,
    label         varchar(300) not null,
    kind          varchar(20)  not null,
    target_amount numeric(19, 5),
    status        varchar(20),
    due_on        date,
    primary key (subject, id)
);

create table file_milestone (
    subject    varchar(100) not null references personal_file (subject) on delete cascade,
    milestone  varchar(30)  not null,
    reached_on date         not null,
    primary key (subject, milestone)
);

-- One import of a file, uploaded or found in the watched folder; its job's progress and its report.
create table accounting_import (
    id              uuid primary key,
    kind            varchar(20),
    file_name       varchar(255) not null,
    checksum        char(64)     not null,
    size_bytes      bigint       not null,
    format          varchar(40),
    status          varchar(20)  not null,
    progress        integer      not null default 0,
    rows_read       bigint       not null default 0,
    rows_imported   bigint       not null default 0,
    rows_unmatched  bigint       not null default 0,
    rows_no_code    bigint       not null default 0,
    first_date      date,
    last_date       date,
    problem_count   bigint       not null default 0,
    problems        text,
    unmatched       text,
    message         varchar(1000),
    duplicate_of    uuid,
    source          varchar(20)  not null,
    uploaded_by     varchar(100),
    created_at      timestamptz  not null,
    heartbeat_at    timestamptz,
    finished_at     timestamptz
);

create index accounting_import_by_checksum on accounting_import (checksum, status);
create index accounting_import_by_date on accounting_import (created_at desc);

-- The operations of the analytical general ledgers. Matched to an entrepreneur when read, through the analytical code of
-- their personal file, so rows kept aside become theirs as soon as the code is set.
create table ledger_operation (
    id              bigserial primary key,
    import_id       uuid          not null,
    analytical_code varchar(50)   not null,
    account         varchar(20)   not null,
    operation_date  date          not null,
    label           varchar(300),
    debit           numeric(19, 5) not null,
    credit          numeric(19, 5) not null
);

create index ledger_operation_by_code on ledger_operation (analytical_code, operation_date);
create index ledger_operation_by_date on ledger_operation (operation_date);

-- Invoices and quotes from enDI's exports.
create table sales_document (
    id              bigserial primary key,
    import_id       uuid          not null,
    kind            varchar(10)   not null,
    analytical_code varchar(50)   not null,
    customer        varchar(200),
    number          varchar(60)   not null,
    issued_on       date          not null,
    description     varchar(300),
    excluding_tax   numeric(19, 5) not null,
    including_tax   numeric(19, 5) not null,
    amount_due      numeric(19, 5),
    status          varchar(20)
);

create index sales_document_by_code on sales_document (analytical_code, kind, issued_on);
create index sales_document_by_date on sales_document (kind, issued_on);

-- Figures typed in the monthly form by cooperatives without enDI (and the earlier demo figures), now in euros.
alter table monthly_figures rename to typed_figures;
alter table typed_figures add column revenue numeric(19, 5) not null default 0;
alter table typed_figures add column expenses numeric(19, 5) not null default 0;
update typed_figures set revenue = revenue_cents / 100.0, expenses = expenses_cents / 100.0;
alter table typed_figures drop column revenue_cents;
alter table typed_figures drop column expenses_cents;
alter table typed_figures add column typed_by varchar(100);
alter table typed_figures add column typed_at timestamptz;

-- Hours of workshops attended, from events.attendance.recorded (one row per registration, so a correction replaces).
create table attendance (
    registration_id uuid primary key,
    event_id        uuid         not null,
    event_kind      varchar(30)  not null,
    subject         varchar(100),
    starts_at       timestamptz  not null,
    hours           numeric(6, 2) not null,
    attendance      varchar(10)  not null
);

create index attendance_by_subject on attendance (subject, starts_at);

-- Appointments of entrepreneurs with coaches, from events.appointment.*
create table appointment (
    id           uuid primary key,
    entrepreneur varchar(100),
    coach        varchar(100),
    starts_at    timestamptz not null,
    cancelled    boolean     not null
);

create index appointment_by_entrepreneur on appointment (entrepreneur, starts_at);

-- Alert thresholds set by staff (one row per setting).
create table alert_setting (
    name  varchar(50) primary key,
    value integer     not null
);
drop table objective;
