-- Neighbouring gemeenten (issue #5): a volunteer may help across the border when both the
-- volunteer and the initiative opted in. Which gemeenten border each other is reference data,
-- like the gemeenten themselves (V5): onboarding a gemeente adds its rows here, both ways.
-- Deventer and Enschede do not border each other, so no rows yet.
CREATE TABLE gemeente_neighbour (
    gemeente  TEXT NOT NULL REFERENCES gemeente (code),
    neighbour TEXT NOT NULL REFERENCES gemeente (code),
    PRIMARY KEY (gemeente, neighbour),
    CHECK (gemeente <> neighbour)
);

-- Existing volunteers and initiatives have not opted in.
ALTER TABLE volunteer_profile ADD COLUMN helps_neighbouring_gemeenten BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE initiative ADD COLUMN accepts_neighbouring_volunteers BOOLEAN NOT NULL DEFAULT false;
