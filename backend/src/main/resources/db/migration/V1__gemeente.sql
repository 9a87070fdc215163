-- Gemeenten are the tenants. Every other table carries the gemeente code so that each query can
-- be scoped to the caller's tenant and so that a later Citus cluster can distribute by it.
CREATE TABLE gemeente (
    code       TEXT PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),  -- CBS code, e.g. GM0150 Deventer
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
