-- Who is who, from members-service's messages: to let a coach see the entrepreneurs they follow, and staff the
-- people of their antenna.
create table person (
    subject    varchar(100) primary key,
    role       varchar(20)  not null,
    name       varchar(210) not null,
    antenna    varchar(50),
    coach      varchar(100),
    changed_at timestamptz  not null
);

create index person_by_coach on person (coach);
