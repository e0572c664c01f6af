-- Indexes for the report and for re-imports of project ledgers at city scale.
-- A household's events of one stage: "first signed" per enrollment and the import's
-- look-up of an existing event, without reading the table.
DROP INDEX stage_event_enrollment;
CREATE INDEX stage_event_enrollment ON stage_event (enrollment_id, stage, effective_date);
-- Per-project counts by stage straight from the index.
CREATE INDEX enrollment_project_stage ON enrollment (project_id, stage);
