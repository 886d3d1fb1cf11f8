-- The version of the consent text (events-service's CONTACT_MESSAGE texts, word for word in its consent_text) the
-- visitor agreed to when sending the message; received_at is the date. Null for messages sent before versions were
-- kept, or by a form that could not read the texts.
alter table contact_message add column consent_version integer;
