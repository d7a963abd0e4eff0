-- Decision records and the rule-set archive (issue 16). One script for the embedded H2 (run in its
-- PostgreSQL mode) and for PostgreSQL: only types and statements both read alike.

-- every file of every rule set that ever served, stored once by the SHA-256 of its bytes
CREATE TABLE policy_file (
    sha256  CHAR(64) PRIMARY KEY,
    content BYTEA    NOT NULL
);

-- a rule-set version, archived before its first answer; files: its manifest, [{path, sha256}] as JSON
CREATE TABLE rule_set_version (
    version      VARCHAR(64)              PRIMARY KEY,
    origin       VARCHAR(2000)            NOT NULL,
    first_served TIMESTAMP WITH TIME ZONE NOT NULL,
    files        TEXT                     NOT NULL
);

-- a decision answered by the service: the receipt always, the exact input and answer when kept
CREATE TABLE evaluation_record (
    id               UUID                     PRIMARY KEY,
    evaluated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    as_of            DATE                     NOT NULL,
    rule_set_version VARCHAR(64)              NOT NULL REFERENCES rule_set_version (version),
    input_sha256     CHAR(64)                 NOT NULL,
    output_sha256    CHAR(64)                 NOT NULL,
    verdicts         TEXT                     NOT NULL,
    detail           VARCHAR(16)              NOT NULL,
    traced           BOOLEAN                  NOT NULL,
    kept             VARCHAR(16)              NOT NULL,
    input            BYTEA,
    output           BYTEA
);

CREATE INDEX evaluation_record_rule_set ON evaluation_record (rule_set_version, evaluated_at);
