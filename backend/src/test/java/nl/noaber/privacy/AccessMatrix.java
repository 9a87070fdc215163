package nl.noaber.privacy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static nl.noaber.privacy.AccessMatrix.Audience.ADMIN;
import static nl.noaber.privacy.AccessMatrix.Audience.ANONYMOUS;
import static nl.noaber.privacy.AccessMatrix.Audience.AUTHENTICATED;
import static nl.noaber.privacy.AccessMatrix.Audience.COORDINATOR;
import static nl.noaber.privacy.AccessMatrix.Audience.MANTELZORGER;
import static nl.noaber.privacy.AccessMatrix.Audience.RESIDENT;
import static nl.noaber.privacy.AccessMatrix.Audience.VET_STAFF;
import static nl.noaber.privacy.AccessMatrix.Audience.VOLUNTEER;
import static nl.noaber.privacy.AccessMatrix.Scope.ASSIGNED_TASK;
import static nl.noaber.privacy.AccessMatrix.Scope.CIRCLE;
import static nl.noaber.privacy.AccessMatrix.Scope.GEMEENTE;
import static nl.noaber.privacy.AccessMatrix.Scope.INITIATIVE;
import static nl.noaber.privacy.AccessMatrix.Scope.OWN;
import static nl.noaber.privacy.AccessMatrix.Scope.PUBLIC;
import static nl.noaber.privacy.AccessMatrix.Scope.WIJK_TEAM;

/**
 * Who may call which endpoint, and which records they reach through it (issue #9). One row per
 * route the service registers; {@code AuthorisationMatrixApiTest} fails when a route has no row,
 * walks every row as every role against the running service, and checks that
 * {@code docs/security.md} shows {@link #markdown()}.
 *
 * <p>A row grants each audience a scope. The role check is the controller's {@code @Secured}
 * (401 for nobody, 403 {@code forbidden} for a wrong role); the scope is what the service enforces
 * after it, read from the code, not wished for. A record outside the caller's scope answers 404,
 * as if it did not exist. Two refusals are 403 instead, because the record is no secret to the
 * caller: managing an initiative of the gemeente one does not coordinate, and a verbinder's change
 * by a member of the circle who is none.
 */
public final class AccessMatrix {

    /** Who calls: nobody logged in, anyone logged in, or a holder of one role. */
    public enum Audience {
        ANONYMOUS, AUTHENTICATED, RESIDENT, MANTELZORGER, VOLUNTEER, VET_STAFF, COORDINATOR, ADMIN;

        /** The callers the matrix is walked as: nobody, then one demo account per role. */
        public static final List<Audience> CALLERS = List.of(ANONYMOUS, RESIDENT, MANTELZORGER, VOLUNTEER, VET_STAFF,
                COORDINATOR, ADMIN);
    }

    /** Which records a granted caller reaches through an endpoint. */
    public enum Scope {
        PUBLIC("public", "open to everyone, logged in or not; shows no one's records (the auth endpoints act on the "
                + "credentials sent)"),
        OWN("own", "only the caller's own records: their account, the requests they posted, the offers made to them, "
                + "their devices, notifications, memberships and volunteer profile"),
        CIRCLE("circle", "only voorzorgcirkels the caller is a member of; changes to members and the invite code by "
                + "the circle's verbinders"),
        ASSIGNED_TASK("task", "only help requests assigned to the caller, while the task is live (ACCEPTED or IN_PROGRESS)"),
        INITIATIVE("initiative", "only initiatives the caller coordinates (an active coordinator-member); "
                + "any other initiative of the gemeente answers 403 `not-initiative-coordinator`"),
        WIJK_TEAM("wijk team", "only zorgsignalen of the wijken the caller's VET team serves, and of wijken without a "
                + "team (those go to every VET staff member of the gemeente)"),
        GEMEENTE("gemeente", "every record of the caller's gemeente");

        private final String label;
        private final String meaning;

        Scope(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }
    }

    /** One endpoint: a method on a path template, the scope granted to each audience, and a note. */
    public record Row(String method, String path, Map<Audience, Scope> grants, String note) {

        static Row of(String method, String path) {
            return new Row(method, path, new EnumMap<>(Audience.class), "");
        }

        Row grant(Scope scope, Audience... audiences) {
            Map<Audience, Scope> more = new EnumMap<>(Audience.class);
            more.putAll(grants);
            for (Audience audience : audiences) {
                more.put(audience, scope);
            }
            return new Row(method, path, more, note);
        }

        Row note(String text) {
            return new Row(method, path, grants, text);
        }

        /** The scope {@code caller} has here, if they may call it at all. */
        public Optional<Scope> scopeOf(Audience caller) {
            if (grants.containsKey(ANONYMOUS)) {
                return Optional.of(grants.get(ANONYMOUS));
            }
            if (caller == ANONYMOUS) {
                return Optional.empty();
            }
            return Optional.ofNullable(grants.containsKey(caller) ? grants.get(caller) : grants.get(AUTHENTICATED));
        }

        public boolean allows(Audience caller) {
            return scopeOf(caller).isPresent();
        }

        /** Whether any caller reaches only some records here (an id of another's answers 404). */
        public boolean personal() {
            return grants.values().stream().anyMatch(s -> s == OWN || s == CIRCLE || s == ASSIGNED_TASK || s == WIJK_TEAM);
        }

        public boolean hasPathVariable() {
            return path.contains("{");
        }

        public String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final List<Row> ROWS = List.of(
            // identity: registration and sessions are how a caller gets a token in the first place
            Row.of("POST", "/auth/register").grant(PUBLIC, ANONYMOUS).note("only RESIDENT, MANTELZORGER, VOLUNTEER can be chosen"),
            Row.of("POST", "/auth/login").grant(PUBLIC, ANONYMOUS).note("throttled per account and address"),
            Row.of("POST", "/auth/refresh").grant(PUBLIC, ANONYMOUS).note("the refresh token is the credential"),
            Row.of("POST", "/auth/logout").grant(PUBLIC, ANONYMOUS).note("the refresh token is the credential"),
            Row.of("GET", "/gemeenten").grant(PUBLIC, ANONYMOUS),
            Row.of("GET", "/me").grant(OWN, AUTHENTICATED),
            Row.of("PUT", "/me/password").grant(OWN, AUTHENTICATED),
            Row.of("DELETE", "/me").grant(OWN, AUTHENTICATED)
                    .note("erasure: anonymises the caller's own records, ends their sessions at once"),
            // privacy
            Row.of("GET", "/me/export").grant(OWN, AUTHENTICATED).note("everything stored about the caller, and who of staff read it"),
            Row.of("GET", "/audit/personal-data-reads").grant(GEMEENTE, ADMIN).note("append-only; nobody can edit it"),
            Row.of("GET", "/accounts").grant(GEMEENTE, COORDINATOR, ADMIN),
            Row.of("POST", "/accounts").grant(GEMEENTE, COORDINATOR, ADMIN).note("a coordinator grants every role but ADMIN"),
            Row.of("GET", "/accounts/{id}").grant(GEMEENTE, COORDINATOR, ADMIN),
            Row.of("PUT", "/accounts/{id}/roles").grant(GEMEENTE, COORDINATOR, ADMIN)
                    .note("a coordinator neither gives nor takes ADMIN"),
            // geo
            Row.of("GET", "/wijken").grant(GEMEENTE, AUTHENTICATED),
            Row.of("GET", "/wijken/{code}").grant(GEMEENTE, AUTHENTICATED),
            Row.of("POST", "/wijken/imports").grant(GEMEENTE, ADMIN),
            Row.of("GET", "/addresses").grant(GEMEENTE, AUTHENTICATED).note("addresses in the caller's gemeente only"),
            // volunteer
            Row.of("GET", "/me/volunteer-profile").grant(OWN, VOLUNTEER),
            Row.of("PUT", "/me/volunteer-profile").grant(OWN, VOLUNTEER),
            Row.of("DELETE", "/me/volunteer-profile").grant(OWN, VOLUNTEER),
            Row.of("POST", "/volunteers/{accountId}/vog-checks").grant(GEMEENTE, COORDINATOR),
            Row.of("POST", "/volunteers/{accountId}/intakes").grant(GEMEENTE, COORDINATOR),
            Row.of("GET", "/volunteers/{accountId}/verification").grant(GEMEENTE, COORDINATOR),
            Row.of("GET", "/volunteers/vog-expiries").grant(GEMEENTE, COORDINATOR),
            // initiative
            Row.of("GET", "/initiatives").grant(GEMEENTE, AUTHENTICATED),
            Row.of("POST", "/initiatives").grant(GEMEENTE, COORDINATOR).note("the creator becomes its coordinator"),
            Row.of("GET", "/initiatives/health").grant(GEMEENTE, COORDINATOR, ADMIN),
            Row.of("GET", "/initiatives/{id}").grant(GEMEENTE, AUTHENTICATED),
            Row.of("PUT", "/initiatives/{id}").grant(INITIATIVE, COORDINATOR).grant(GEMEENTE, ADMIN),
            Row.of("GET", "/initiatives/{id}/members").grant(INITIATIVE, COORDINATOR).grant(GEMEENTE, ADMIN),
            Row.of("POST", "/initiatives/{id}/join-requests").grant(GEMEENTE, VOLUNTEER).note("for themself"),
            Row.of("POST", "/initiatives/{id}/invitations").grant(INITIATIVE, COORDINATOR).grant(GEMEENTE, ADMIN)
                    .note("the invitee must be an account of the gemeente"),
            Row.of("POST", "/initiatives/{id}/invitations/acceptance").grant(OWN, AUTHENTICATED),
            Row.of("POST", "/initiatives/{id}/members/{accountId}/approval").grant(INITIATIVE, COORDINATOR).grant(GEMEENTE, ADMIN),
            Row.of("DELETE", "/initiatives/{id}/members/me").grant(OWN, AUTHENTICATED),
            Row.of("DELETE", "/initiatives/{id}/members/{accountId}").grant(INITIATIVE, COORDINATOR).grant(GEMEENTE, ADMIN),
            Row.of("GET", "/voorzorgcirkels").grant(OWN, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR),
            Row.of("POST", "/voorzorgcirkels").grant(OWN, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR)
                    .note("the starter becomes its first verbinder"),
            Row.of("POST", "/voorzorgcirkels/memberships").grant(GEMEENTE, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR)
                    .note("a circle of the gemeente, by the invite code a verbinder handed out"),
            Row.of("GET", "/voorzorgcirkels/{id}").grant(CIRCLE, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR)
                    .note("members see first names and streets; the invite code only verbinders"),
            Row.of("POST", "/voorzorgcirkels/{id}/invite-code").grant(CIRCLE, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR)
                    .note("verbinders only (403 `not-verbinder` for other members)"),
            Row.of("PUT", "/voorzorgcirkels/{id}/members/{memberId}/verbinder")
                    .grant(CIRCLE, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR)
                    .note("verbinders only (403 `not-verbinder` for other members)"),
            Row.of("DELETE", "/voorzorgcirkels/{id}/members/me").grant(CIRCLE, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR),
            Row.of("DELETE", "/voorzorgcirkels/{id}/members/{memberId}")
                    .grant(CIRCLE, RESIDENT, MANTELZORGER, VOLUNTEER, COORDINATOR)
                    .note("verbinders only (403 `not-verbinder` for other members)"),
            // request
            Row.of("POST", "/help-requests").grant(OWN, RESIDENT, MANTELZORGER, VET_STAFF)
                    .note("VET staff post on behalf of a resident, with recorded consent"),
            Row.of("GET", "/help-requests").grant(OWN, RESIDENT, MANTELZORGER, VET_STAFF),
            Row.of("GET", "/help-requests/{id}").grant(OWN, RESIDENT, MANTELZORGER).grant(ASSIGNED_TASK, VOLUNTEER)
                    .grant(GEMEENTE, VET_STAFF, COORDINATOR).note("exact place and care notes included"),
            Row.of("POST", "/help-requests/{id}/cancellation").grant(OWN, RESIDENT, MANTELZORGER, VET_STAFF),
            Row.of("POST", "/help-requests/{id}/confirmation").grant(OWN, RESIDENT, MANTELZORGER, VET_STAFF),
            Row.of("GET", "/coordinator-queue").grant(GEMEENTE, VET_STAFF, COORDINATOR),
            Row.of("GET", "/me/tasks").grant(ASSIGNED_TASK, VOLUNTEER).note("exact place and care notes included"),
            Row.of("POST", "/me/tasks/{id}/start").grant(ASSIGNED_TASK, VOLUNTEER),
            Row.of("POST", "/me/tasks/{id}/completion").grant(ASSIGNED_TASK, VOLUNTEER)
                    .note("the answer leaves out the exact place and care notes: the task is over"),
            // matching
            Row.of("GET", "/me/offers").grant(OWN, VOLUNTEER).note("the place only blurred; no care notes"),
            Row.of("POST", "/offers/{id}/accept").grant(OWN, VOLUNTEER),
            Row.of("POST", "/offers/{id}/decline").grant(OWN, VOLUNTEER),
            Row.of("POST", "/offers/{id}/withdrawal").grant(OWN, VOLUNTEER),
            Row.of("GET", "/help-requests/{id}/matching-log").grant(GEMEENTE, VET_STAFF, COORDINATOR),
            Row.of("POST", "/help-requests/{id}/manual-offers").grant(GEMEENTE, COORDINATOR)
                    .note("only to a volunteer of the gemeente"),
            // notify
            Row.of("GET", "/me/notifications").grant(OWN, AUTHENTICATED),
            Row.of("GET", "/me/notifications/stream").grant(OWN, AUTHENTICATED),
            Row.of("POST", "/me/notifications/{id}/read").grant(OWN, AUTHENTICATED),
            Row.of("GET", "/me/devices").grant(OWN, AUTHENTICATED),
            Row.of("PUT", "/me/devices/{installationId}").grant(OWN, AUTHENTICATED)
                    .note("an installation id last registered by another account is taken over (a phone that changed "
                            + "hands): that account's row is deleted, nothing of it is shown"),
            Row.of("DELETE", "/me/devices/{installationId}").grant(OWN, AUTHENTICATED),
            Row.of("GET", "/push/dead-letters").grant(GEMEENTE, ADMIN),
            // stats: counts only, numbers below 5 suppressed
            Row.of("GET", "/stats/reach").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            Row.of("GET", "/stats/reach.csv").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            Row.of("GET", "/stats/wijken.geojson").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            Row.of("GET", "/stats/annual-report.csv").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            Row.of("GET", "/stats/targets").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            Row.of("PUT", "/stats/targets/{wijk}/{metric}").grant(GEMEENTE, COORDINATOR, ADMIN),
            Row.of("DELETE", "/stats/targets/{wijk}/{metric}").grant(GEMEENTE, COORDINATOR, ADMIN)
                    .note("idempotent: 204 also for a wijk of another gemeente, whose goals it never touches"),
            // signal: zorgsignalen are special-category data; staff reads are audited
            Row.of("POST", "/me/tasks/{id}/signals").grant(ASSIGNED_TASK, VOLUNTEER)
                    .note("also up to 14 days after the task was done; goes to the VET team of the wijk, never to volunteers"),
            Row.of("GET", "/me/signals").grant(OWN, VOLUNTEER).note("received or picked up; never the follow-up"),
            Row.of("GET", "/signals").grant(WIJK_TEAM, VET_STAFF).grant(GEMEENTE, COORDINATOR).note("audited"),
            Row.of("GET", "/signals/{id}").grant(WIJK_TEAM, VET_STAFF).grant(GEMEENTE, COORDINATOR)
                    .note("with the person's name and address; audited"),
            Row.of("POST", "/signals/{id}/follow-up").grant(WIJK_TEAM, VET_STAFF).grant(GEMEENTE, COORDINATOR)
                    .note("records the handover; no Wmo decision"),
            Row.of("GET", "/vet-teams").grant(GEMEENTE, COORDINATOR, ADMIN),
            Row.of("PUT", "/accounts/{id}/wijken").grant(GEMEENTE, COORDINATOR, ADMIN).note("VET staff accounts only"),
            Row.of("POST", "/help-requests/{id}/outcome").grant(OWN, RESIDENT, MANTELZORGER).grant(GEMEENTE, VET_STAFF)
                    .note("once, after DONE; VET staff on the requester's behalf; never shown per person"),
            Row.of("GET", "/stats/signals").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            Row.of("GET", "/stats/outcomes").grant(GEMEENTE, VET_STAFF, COORDINATOR, ADMIN),
            // ops
            Row.of("GET", "/metrics").grant(PUBLIC, ANONYMOUS).note("for the scraper inside the cluster; not routed by the ingress"));

    private AccessMatrix() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    public static Optional<Row> row(String method, String path) {
        return ROWS.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    /**
     * The matrix as {@code docs/security.md} shows it: one line per endpoint, one column per
     * caller, each cell the scope granted ({@code —}: refused, 401 or 403), then what each scope means.
     */
    public static String markdown() {
        List<Audience> columns = Audience.CALLERS;
        StringBuilder md = new StringBuilder();
        md.append("| method | path | ")
                .append(columns.stream().map(a -> a == ANONYMOUS ? "anonymous" : a.name()).collect(Collectors.joining(" | ")))
                .append(" | note |\n");
        md.append("|---|---|").append(":-:|".repeat(columns.size())).append("---|\n");
        for (Row row : ROWS) {
            md.append("| ").append(row.method()).append(" | `").append(row.path()).append("` | ")
                    .append(columns.stream().map(a -> row.scopeOf(a).map(Scope::label).orElse("—"))
                            .collect(Collectors.joining(" | ")))
                    .append(" | ").append(row.note()).append(" |\n");
        }
        md.append('\n');
        Arrays.stream(Scope.values()).forEach(s -> md.append("- **").append(s.label()).append("**: ").append(s.meaning).append('\n'));
        return md.toString();
    }
}
