package nl.noaber.signal;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.geo.WijkNotFound;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.Caller;
import nl.noaber.identity.Role;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which VET staff serve which wijk (ADR 024). A signal goes to the team of the person's wijk; a
 * wijk without a team — or a signal outside every wijk — goes to every VET staff member of the
 * gemeente, so no signal is left without a reader.
 */
@Singleton
class VetTeams {

    private final SignalRepositories.VetTeamRepository teams;
    private final AccountService accounts;
    private final WijkService wijken;
    private final Clock clock;

    VetTeams(SignalRepositories.VetTeamRepository teams, AccountService accounts, WijkService wijken, Clock clock) {
        this.teams = teams;
        this.accounts = accounts;
        this.wijken = wijken;
        this.clock = clock;
    }

    /**
     * Replaces the wijken a VET staff member serves.
     *
     * @throws nl.noaber.identity.Problems.AccountNotFound (404) for an account outside the caller's gemeente
     * @throws InvalidInput when the account is not VET staff
     * @throws WijkNotFound for a wijk of another gemeente
     */
    @Transactional
    SignalViews.Team assign(long accountId, List<String> wijkCodes, Caller staff) {
        if (!accounts.find(accountId, staff).roles().contains(Role.VET_STAFF)) {
            throw new InvalidInput("accountId", "is not VET staff");
        }
        List<String> distinct = wijkCodes.stream().distinct().sorted().toList();
        for (String wijk : distinct) {
            wijken.refOf(staff.gemeente(), wijk).orElseThrow(() -> new WijkNotFound(wijk));
        }
        teams.removeAllOf(accountId);
        distinct.forEach(w -> teams.assign(staff.gemeente(), accountId, w, staff.accountId(), clock.instant()));
        return new SignalViews.Team(accountId, distinct);
    }

    @ReadOnly
    List<SignalViews.Team> all(Caller staff) {
        Map<Long, List<String>> byAccount = new LinkedHashMap<>();
        teams.assignmentsOf(staff.gemeente()).forEach(a ->
                byAccount.computeIfAbsent(a.accountId(), k -> new java.util.ArrayList<>()).add(a.wijk()));
        return byAccount.entrySet().stream().map(e -> new SignalViews.Team(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Who hears of a signal in {@code wijk}: its team, or every VET staff member of the gemeente. */
    List<Long> recipients(String gemeente, String wijk) {
        List<Long> team = wijk == null ? List.of() : teams.teamOf(gemeente, wijk);
        return team.isEmpty() ? accounts.idsWithRole(gemeente, Role.VET_STAFF) : team;
    }

    /** Whether a staff member may see a signal of {@code wijk} (coordinators: every wijk of their gemeente). */
    boolean mayRead(Caller staff, String wijk) {
        if (staff.has(Role.COORDINATOR) || wijk == null) {
            return true;
        }
        List<Long> team = teams.teamOf(staff.gemeente(), wijk);
        return team.isEmpty() || team.contains(staff.accountId());
    }
}
