-- Portable between H2 2.x (MODE=LEGACY) and PostgreSQL 13+: standard types and identity columns only.

CREATE TABLE department (
    code            VARCHAR(40)  NOT NULL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    review_months   INTEGER      NOT NULL DEFAULT 12
);

CREATE TABLE app_user (
    username        VARCHAR(80)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(120) NOT NULL,
    -- Jakarta Security Pbkdf2PasswordHash format: algorithm:iterations:salt:hash
    password_hash   VARCHAR(400) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP    NOT NULL
);

CREATE TABLE user_role (
    username        VARCHAR(80)  NOT NULL REFERENCES app_user (username),
    role_name       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (username, role_name)
);

CREATE TABLE user_department (
    username        VARCHAR(80)  NOT NULL REFERENCES app_user (username),
    department_code VARCHAR(40)  NOT NULL REFERENCES department (code),
    PRIMARY KEY (username, department_code)
);
