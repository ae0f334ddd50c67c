-- Stored pages (modules/platform/page-cache) learn of changes from these triggers. pg_notify inside
-- the changing transaction is delivered only after it commits, to every app instance listening;
-- identical notifications within one transaction are sent once.

CREATE FUNCTION notify_idea_page_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vau_page_change', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
  RETURN NULL;
END $$;

CREATE FUNCTION notify_idea_part_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vau_page_change', (CASE WHEN TG_OP = 'DELETE' THEN OLD.idea_id ELSE NEW.idea_id END)::text);
  RETURN NULL;
END $$;

-- Every column but the vote counter and trending score: a vote announces itself, at most a few
-- times a second per idea (modules/platform/page-cache/announce.ts), because a notification per
-- vote would serialise the commits of a voting burst. A column added to ideas later belongs here.
CREATE TRIGGER ideas_page_change AFTER INSERT OR DELETE OR UPDATE OF
    title, body, status, category_id, author_id, anonymous, expected_savings_eur, expected_hours_saved,
    expected_benefit_note, comment_count, follower_count, edited_at, awaiting_review, discussion_locked_at,
    merged_into_id, created_at, updated_at, submitted_at, published_at, status_changed_at
  ON ideas FOR EACH ROW EXECUTE FUNCTION notify_idea_page_change();
CREATE TRIGGER comments_page_change AFTER INSERT OR UPDATE OR DELETE ON comments
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
CREATE TRIGGER idea_events_page_change AFTER INSERT OR UPDATE OR DELETE ON idea_events
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
CREATE TRIGGER idea_co_authors_page_change AFTER INSERT OR UPDATE OR DELETE ON idea_co_authors
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
CREATE TRIGGER idea_departments_page_change AFTER INSERT OR UPDATE OR DELETE ON idea_departments
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
