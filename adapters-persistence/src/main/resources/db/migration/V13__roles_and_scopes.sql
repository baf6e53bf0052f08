-- Roles and scopes (issue 10): every user has a role, ADMIN (shared market data, imports, recomputes,
-- pipeline runs, users), USER (own data) or GUEST (reads only); sign-up makes a USER and only an operator's
-- command changes it. Existing users become USERs.
ALTER TABLE users
  ADD COLUMN role text NOT NULL DEFAULT 'USER',
  ADD CONSTRAINT users_role_check CHECK (role IN ('ADMIN', 'USER', 'GUEST'));

-- What a personal API token may be used for: READ and WRITE the owner's data, ADMIN shared data. Chosen at
-- issue within what the owner's role allows (checked by the application: a role may change later, and a
-- request is allowed only the scopes the owner's current role still permits). Existing tokens read and write.
ALTER TABLE api_tokens
  ADD COLUMN scopes text[] NOT NULL DEFAULT '{READ,WRITE}',
  ADD CONSTRAINT api_tokens_scopes_check
    CHECK (cardinality(scopes) BETWEEN 1 AND 3 AND scopes <@ ARRAY['READ', 'WRITE', 'ADMIN']::text[]);
