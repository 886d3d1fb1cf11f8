-- The consent texts, word for word, one row per version (ConsentPurpose holds the text in force).
create table consent_text (
    id           uuid primary key,
    purpose      varchar(40)   not null,
    version      integer       not null,
    statement    varchar(2000) not null,
    notice       varchar(4000) not null,
    published_at timestamptz   not null,
    unique (purpose, version)
);

-- The version each person agreed to (with consent_at, the date); null for registrations made before
-- versions were kept, and for members' own registrations, which ask for no consent.
alter table registration add column consent_text_id uuid references consent_text (id);
