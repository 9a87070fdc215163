-- The first two gemeenten. More are added by a migration like this one, not by the API,
-- because a new tenant also needs its wijk boundaries and an admin account.
INSERT INTO gemeente (code, name) VALUES
    ('GM0150', 'Deventer'),
    ('GM0153', 'Enschede');
