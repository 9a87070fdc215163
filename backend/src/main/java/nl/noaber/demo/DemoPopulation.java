package nl.noaber.demo;

import nl.noaber.identity.Role;

import java.util.List;
import java.util.Set;

/** Who lives in the demo: the same cast in Deventer and Enschede, listed in the README. */
final class DemoPopulation {

    record Person(String gemeente, String email, String displayName, Set<Role> roles) {
    }

    private record Cast(String localPart, String displayName, Set<Role> roles) {
    }

    private static final List<Cast> CAST = List.of(
            new Cast("admin", "Functioneel beheer", Set.of(Role.ADMIN)),
            new Cast("coordinator", "Coördinator Voor Elkaar", Set.of(Role.COORDINATOR)),
            new Cast("vet", "Medewerker VET", Set.of(Role.VET_STAFF)),
            new Cast("bewoner1", "Bewoner Een", Set.of(Role.RESIDENT)),
            new Cast("bewoner2", "Bewoner Twee", Set.of(Role.RESIDENT)),
            new Cast("mantelzorger", "Mantelzorger", Set.of(Role.MANTELZORGER)),
            new Cast("vrijwilliger1", "Vrijwilliger Een", Set.of(Role.VOLUNTEER)),
            new Cast("vrijwilliger2", "Vrijwilliger Twee", Set.of(Role.VOLUNTEER)),
            new Cast("buur", "Buur die helpt en geholpen wordt", Set.of(Role.VOLUNTEER, Role.RESIDENT)));

    private static final List<String[]> GEMEENTEN = List.of(
            new String[] {"GM0150", "deventer"},
            new String[] {"GM0153", "enschede"});

    private DemoPopulation() {
    }

    static List<String> gemeenten() {
        return GEMEENTEN.stream().map(g -> g[0]).toList();
    }

    static List<Person> people() {
        return GEMEENTEN.stream()
                .flatMap(g -> CAST.stream().map(c -> new Person(g[0],
                        c.localPart() + "." + g[1] + "@demo.noaber.nl", c.displayName(), c.roles())))
                .toList();
    }
}
