-- Stored shared pages live until what they show changes (docs/decisions/0039), so everything they
-- show announces its change here; a test (app/shared-page-reads.test.ts) lists what they read and
-- fails on a read table or column that no notice covers.

-- A change that can alter every page: a name shown beside many ideas, a category or department
-- (its names in three languages, whether it is offered in the list's filters), a setting.
CREATE FUNCTION notify_every_page_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vau_page_change', 'all');
  RETURN NULL;
END $$;

-- hidden_from_status (the lifecycle's "hidden from" state, shown by the idea page's stepper) came
-- after the column list was written. Still every column but the vote counter and trending score.
DROP TRIGGER ideas_page_change ON ideas;
CREATE TRIGGER ideas_page_change AFTER INSERT OR DELETE OR UPDATE OF
    title, body, status, category_id, author_id, anonymous, expected_savings_eur, expected_hours_saved,
    expected_benefit_note, comment_count, follower_count, edited_at, awaiting_review, discussion_locked_at,
    merged_into_id, created_at, updated_at, submitted_at, published_at, status_changed_at, hidden_from_status
  ON ideas FOR EACH ROW EXECUTE FUNCTION notify_idea_page_change();

-- A person's name is on their ideas, comments, timeline events and cards. Sign-in and the staff
-- import write names unchanged all the time: only a real rename announces. A new person is on no
-- page until a row of the ideas' own tables names them, and that row announces itself.
CREATE TRIGGER users_name_page_change AFTER UPDATE OF name ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION notify_every_page_change();
CREATE TRIGGER users_delete_page_change AFTER DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();

CREATE TRIGGER categories_page_change AFTER INSERT OR UPDATE OR DELETE ON categories
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();
CREATE TRIGGER departments_page_change AFTER INSERT OR UPDATE OR DELETE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();
CREATE TRIGGER app_settings_page_change AFTER INSERT OR UPDATE OR DELETE ON app_settings
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();
