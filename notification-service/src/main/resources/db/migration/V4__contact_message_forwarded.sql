-- The two mails of a contact message are sent in two steps, each committed on its own: forwarded_at
-- once the team has it, then sent_at once its author is acknowledged. A failure of the second never
-- sends the first again.
alter table contact_message add column forwarded_at timestamptz;
