-- Trust in what the engine runs (README: 安全说明). The same file runs on H2 and MySQL/MariaDB.

-- The processes our own code started for a business key (a case number, a letter number, MD-<dispute id>):
-- the warning response, emergency, leader ownership, letter response and appeal processes. Their listeners
-- write only for the business key their process owns here (cn.petition.casefile.ProcessOwnership); the case
-- process itself owns its case through petition_case.process_instance_id.
CREATE TABLE process_owner (
  process_instance_id VARCHAR(64)  NOT NULL PRIMARY KEY,
  business_key        VARCHAR(64)  NOT NULL,
  process_key         VARCHAR(255) NOT NULL,
  started_at          DATETIME     NOT NULL
);
CREATE INDEX ix_process_owner_key ON process_owner (business_key);

-- Every deployment to the engine, whoever made it and by whatever path (REST, Cockpit, the application's
-- own startup deployment): cn.petition.deployment.DeploymentAuditPlugin, read by GET /api/admin/deployments.
CREATE TABLE deployment_audit (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  deployment_id    VARCHAR(64)   NOT NULL,
  deployment_name  VARCHAR(255),
  source           VARCHAR(255),
  tenant_id        VARCHAR(64),
  deployed_by      VARCHAR(255),  -- the engine-authenticated user; NULL for the application's own deployment
  deployed_at      DATETIME      NOT NULL,
  CONSTRAINT uk_deployment_audit UNIQUE (deployment_id)
);
CREATE INDEX ix_deployment_audit_at ON deployment_audit (deployed_at);

CREATE TABLE deployment_audit_resource (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  audit_id       BIGINT        NOT NULL,
  resource_name  VARCHAR(255)  NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  size_bytes     INT           NOT NULL,
  CONSTRAINT fk_deployment_audit_resource FOREIGN KEY (audit_id) REFERENCES deployment_audit (id)
);

-- One row once the processes that were already running before process_owner existed have been adopted
-- (cn.petition.casefile.LegacyProcessOwners, at the first start after this migration).
CREATE TABLE process_owner_adoption (
  id          INT       NOT NULL PRIMARY KEY,
  adopted     INT       NOT NULL,
  adopted_at  DATETIME  NOT NULL
);
