-- The review group a task was offered to (clinician, senior-clinician, on-call, ...): the team of the oversight figures.
ALTER TABLE decision_measurement ADD COLUMN team VARCHAR(64);
ALTER TABLE canary ADD COLUMN team VARCHAR(64);
