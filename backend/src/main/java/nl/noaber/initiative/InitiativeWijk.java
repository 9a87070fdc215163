package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("initiative_wijk")
record InitiativeWijk(@Id @GeneratedValue @Nullable Long id, long initiativeId, String gemeente, String wijkCode) {
}
