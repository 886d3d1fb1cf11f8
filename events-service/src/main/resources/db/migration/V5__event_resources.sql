-- The resource centre's resources an event uses (a workshop's training modules and documents), by slug, in the order
-- staff chose; resources-service keeps its copy from events.event.published.
alter table agenda_event add column resource_slugs text[] not null default '{}';
