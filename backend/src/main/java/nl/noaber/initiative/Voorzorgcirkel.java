package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("voorzorgcirkel")
record Voorzorgcirkel(@Id @GeneratedValue @Nullable Long id, String gemeente, @Nullable Long initiativeId, String name,
                      String inviteCode, long createdBy, Instant createdAt) {

    Voorzorgcirkel withInviteCode(String code) {
        return new Voorzorgcirkel(id, gemeente, initiativeId, name, code, createdBy, createdAt);
    }
}
