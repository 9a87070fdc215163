package nl.noaber.initiative;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Set;

/** Who shares a voorzorgcirkel with a person: a circle helps its own members first. */
@Singleton
public class CircleNeighbours {

    private final CirkelRepositories.CirkelMemberRepository members;

    CircleNeighbours(CirkelRepositories.CirkelMemberRepository members) {
        this.members = members;
    }

    @ReadOnly
    public Set<Long> of(long accountId, String gemeente) {
        return new HashSet<>(members.findNeighboursOf(accountId, gemeente));
    }
}
