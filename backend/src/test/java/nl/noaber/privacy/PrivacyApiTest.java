package nl.noaber.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.matching.WaveJobAccess;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.People;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AVG by design (issue #9): the audit of staff reads, the export, erasure and retention. */
@MicronautTest(transactional = false)
class PrivacyApiTest {

    private static final double LON = 6.1680;
    private static final double LAT = 52.2680;

    @Inject
    Api api;

    @Inject
    DataSource dataSource;

    @Inject
    WaveJobAccess waves;

    @Inject
    RetentionJob retention;

    @Test
    void everyStaffReadOfARequestIsAuditedWithWhoWhatWhenAndWhy() {
        People.Person resident = resident("audit.bewoner");
        long request = post(resident.token(), "Boodschappen, sleutel ligt onder de mat");
        String coordinator = login("coordinator");
        String admin = login("admin");

        assertEquals(200, api.get("/help-requests/" + request, resident.token()).status());
        assertEquals(0, reads(admin, resident.id()).size(), "the requester reading their own request is not audited");

        assertEquals(200, api.send("GET", "/help-requests/" + request, coordinator, null, null,
                "Access-Reason", "Telefoontje van dochter over de boodschappen").status());
        JsonNode audit = reads(admin, resident.id());
        assertEquals(1, audit.size());
        JsonNode row = audit.get(0);
        assertEquals("help_request", row.get("subject").asText());
        assertEquals(request, row.get("subjectId").asLong());
        assertEquals("COORDINATOR", row.get("readerRole").asText());
        assertEquals("Telefoontje van dochter over de boodschappen", row.get("purpose").asText());
        assertTrue(row.get("fields").toString().contains("addressLine"), row.toString());
        assertTrue(row.has("readAt"));

        assertEquals(200, api.get("/help-requests/" + request, login("vet")).status());
        assertEquals("help request detail", reads(admin, resident.id()).get(0).get("purpose").asText(),
                "without a stated reason, the screen's purpose is recorded");

        Api.Response badReason = api.send("GET", "/help-requests/" + request, coordinator, null, null, "Access-Reason", "x".repeat(201));
        assertEquals(400, badReason.status());
        assertEquals("Access-Reason", badReason.json().get("errors").get(0).get("field").asText());

        assertEquals(403, api.get("/audit/personal-data-reads", coordinator).status(), "only admins query the audit");
    }

    @Test
    void nobodyCanChangeOrRemoveTheAudit() throws SQLException {
        People.Person resident = resident("onveranderlijk");
        long request = post(resident.token(), "Even een praatje");
        api.get("/help-requests/" + request, login("coordinator"));
        try (Connection c = TimeTravel.connection(dataSource); var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE personal_data_read SET purpose = 'niets'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM personal_data_read"));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE personal_data_read"));
        }
        assertEquals(1, reads(login("admin"), resident.id()).size());
    }

    @Test
    void theExportHoldsEverythingAboutMeIncludingWhoReadIt() {
        People.Person resident = resident("export.bewoner");
        long request = post(resident.token(), "Hulp bij het ophangen van een lamp");
        api.get("/help-requests/" + request, login("coordinator"));

        Api.Response export = api.get("/me/export", resident.token());

        assertEquals(200, export.status(), export.raw());
        JsonNode sections = export.json().get("sections");
        assertEquals("export.bewoner.GM0150@example.org", sections.get("account").get("account").get("email").asText());
        assertTrue(sections.get("account").get("logins").size() >= 1, "logins are part of it");
        JsonNode posted = sections.get("helpRequests").get("posted");
        assertEquals(1, posted.size());
        assertEquals("Hulp bij het ophangen van een lamp", posted.get(0).get("description").asText());
        assertEquals("Kastanjelaan 12, Deventer", posted.get(0).get("address_line").asText());
        assertTrue(sections.get("activity").size() >= 1, "the log's events about me");
        assertEquals(1, export.json().get("readsByStaff").size(), "who read my data");
        assertFalse(export.raw().contains("password"), "never a password hash");
    }

    @Test
    void erasureCancelsOpenRequestsAnonymisesTheRestEndsEverySessionAndKeepsTheCounts() {
        People.Person resident = resident("vergeet.mij");
        String refresh = api.post("/auth/login", null, Map.of("email", "vergeet.mij.GM0150@example.org",
                "password", People.PASSWORD)).json().get("refreshToken").asText();
        long open = post(resident.token(), "Boodschappen voor het weekend");
        api.put("/me/devices/phone-of-vergeet-mij", resident.token(), Map.of("fcmToken", "token-of-vergeet-mij",
                "platform", "ANDROID", "appVersion", "1.0.0", "locale", "nl"));
        api.send("POST", "/help-requests", resident.token(), "{\"kind\":\"GOEDE_BUREN\",\"task\":\"COMPANY\","
                + "\"location\":{\"type\":\"Point\",\"coordinates\":[6.168,52.268]},\"description\":\"Met sleutel\","
                + "\"urgency\":\"PLANNED\"}", "application/json", "Idempotency-Key", "vergeet-mij-0001");
        TimeTravel time = new TimeTravel(dataSource);
        long eventsBefore = ((Number) time.value("SELECT count(*) FROM activity_event WHERE id > ?", 0)).longValue();

        Api.Response erased = api.send("DELETE", "/me", resident.token(), null, null);

        assertEquals(204, erased.status(), erased.raw());
        assertEquals("CANCELLED", time.value("SELECT status FROM help_request WHERE id = ?", open));
        assertEquals("[verwijderd]", time.value("SELECT description FROM help_request WHERE id = ?", open));
        assertEquals(null, time.value("SELECT address_line FROM help_request WHERE id = ?", open));
        assertNotEquals(LON, ((Number) time.value("SELECT lon FROM help_request WHERE id = ?", open)).doubleValue());
        assertEquals("Verwijderd", time.value("SELECT display_name FROM account WHERE id = ?", resident.id()));
        for (String table : List.of("device", "notification", "idempotent_request", "refresh_token")) {
            assertEquals(0L, ((Number) time.value("SELECT count(*) FROM " + table + " WHERE account_id = ?", resident.id())).longValue(),
                    table + " rows of the erased account");
        }
        assertEquals(0L, ((Number) time.value("SELECT count(*) FROM login_attempt WHERE email_key = 'vergeet.mij.gm0150@example.org' "
                + "AND ? > 0", 1)).longValue(), "its login history");
        assertEquals(0L, ((Number) time.value("SELECT count(*) FROM help_request WHERE requester_id = ? AND anonymised_at IS NULL",
                resident.id())).longValue(), "every request of the person is anonymised");

        Api.Response afterwards = api.get("/me", resident.token());
        assertEquals(401, afterwards.status(), "the access token ends at once, not when it expires");
        assertEquals("/problems/account-erased", afterwards.json().get("type").asText());
        assertEquals(401, api.post("/auth/login", null, Map.of("email", "vergeet.mij.GM0150@example.org",
                "password", People.PASSWORD)).status());
        assertEquals(401, api.post("/auth/refresh", null, Map.of("refreshToken", refresh)).status());
        long eventsAfter = ((Number) time.value("SELECT count(*) FROM activity_event WHERE id > ?", 0)).longValue();
        assertTrue(eventsAfter >= eventsBefore + 1, "pseudonymous counts stay, and the cancellation is one more");
    }

    @Test
    void anErasedVolunteersTaskGoesBackToMatching() {
        People people = new People(api);
        People.Person volunteer = people.volunteer("GM0150", "weg.vrijwilliger", LON + 0.001, LAT, "GOEDE_BUUR", 1500);
        long request = post(resident("wacht.op.hulp").token(), "Samen naar de markt");
        waves.runOnce();
        JsonNode offer = api.get("/me/offers", volunteer.token()).json().get(0);
        assertEquals(request, offer.get("requestId").asLong());
        assertEquals(200, api.post("/offers/" + offer.get("id").asLong() + "/accept", volunteer.token(), Map.of()).status());

        assertEquals(204, api.send("DELETE", "/me", volunteer.token(), null, null).status());

        TimeTravel time = new TimeTravel(dataSource);
        assertEquals("OPEN", time.value("SELECT status FROM help_request WHERE id = ?", request), "back to matching");
        assertEquals(null, time.value("SELECT account_id FROM volunteer_profile WHERE account_id = ?", volunteer.id()));
    }

    @Test
    void aTaskUnderWayOfAnErasedVolunteerGoesToTheCoordinatorQueue() {
        People.Person volunteer = new People(api).volunteer("GM0150", "halverwege.weg", LON + 0.001, LAT, "GOEDE_BUUR", 1500);
        long request = post(resident("halverwege.geholpen").token(), "Samen naar de huisarts");
        waves.runOnce();
        long offer = api.get("/me/offers", volunteer.token()).json().get(0).get("id").asLong();
        assertEquals(200, api.post("/offers/" + offer + "/accept", volunteer.token(), Map.of()).status());
        assertEquals(200, api.post("/me/tasks/" + request + "/start", volunteer.token(), Map.of()).status());

        assertEquals(204, api.send("DELETE", "/me", volunteer.token(), null, null).status());

        TimeTravel time = new TimeTravel(dataSource);
        assertEquals("ESCALATED", time.value("SELECT status FROM help_request WHERE id = ?", request),
                "nobody can finish it from an erased account");
        assertEquals(null, time.value("SELECT assigned_volunteer_id FROM help_request WHERE id = ?", request));
        assertEquals("[verwijderd]", time.value("SELECT reasons FROM offer WHERE id = ?", offer));
        assertEquals(0L, ((Number) time.value("SELECT count(*) FROM passed_over WHERE volunteer_id = ?", volunteer.id())).longValue());
    }

    @Test
    void erasingAVetStaffAccountLeavesTheResidentsRequestsItPostedAndTheirReadsAreAudited() {
        String admin = login("admin");
        Api.Response created = api.post("/accounts", admin, Map.of("email", "vertrekkende.vet@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "Vertrekkende VET", "roles", List.of("VET_STAFF")));
        assertEquals(201, created.status(), created.raw());
        String vet = api.login("vertrekkende.vet@example.org", "tijdelijk-wachtwoord");
        Map<String, Object> body = request("Boodschappen voor mevrouw Smit");
        body.put("onBehalf", Map.of("personName", "Mevrouw Smit", "needs", "slechtziend",
                "consent", Map.of("givenBy", "Mevrouw Smit", "givenAt", java.time.OffsetDateTime.now().minusHours(1).toString(),
                        "method", "VERBAL")));
        Api.Response posted = api.post("/help-requests", vet, body);
        assertEquals(201, posted.status(), posted.raw());
        long request = posted.json().get("id").asLong();

        assertEquals(200, api.get("/help-requests", vet).status());
        JsonNode audit = api.get("/audit/personal-data-reads?readerId=" + created.json().get("id").asLong(), admin).json().get("items");
        assertEquals(1, audit.size(), "the staff member's own list shows a resident's data: audited " + audit);
        assertEquals(request, audit.get(0).get("subjectId").asLong());
        assertTrue(audit.get(0).get("personId") == null || audit.get(0).get("personId").isNull(), "the resident has no account");

        assertEquals(204, api.send("DELETE", "/me", vet, null, null).status());

        TimeTravel time = new TimeTravel(dataSource);
        assertNotEquals("CANCELLED", time.value("SELECT status FROM help_request WHERE id = ?", request),
                "the resident's request goes on");
        assertEquals("Boodschappen voor mevrouw Smit", time.value("SELECT description FROM help_request WHERE id = ?", request));
    }

    @Test
    void aStatedReasonMayBePercentEncodedUtf8AndTheTraceIsTheCheckedRequestId() {
        People.Person resident = resident("reden.met.accent");
        long request = post(resident.token(), "Lamp ophangen");
        api.send("GET", "/help-requests/" + request, login("coordinator"), null, null,
                "Access-Reason", "Overleg met dochter over %C3%A9%C3%A9n afspraak", "X-Request-Id", "x".repeat(300));

        JsonNode row = reads(login("admin"), resident.id()).get(0);

        assertEquals("Overleg met dochter over één afspraak", row.get("purpose").asText());
        assertEquals(36, row.get("traceId").asText().length(), "an unsafe X-Request-Id is replaced by a UUID, not stored");
    }

    @Test
    void retentionAnonymisesRequestsTwelveMonthsAfterTheyEndedAndNotBefore() {
        People.Person person = resident("oud.verzoek");
        String token = person.token();
        long old = post(token, "Oud verzoek, Kastanjelaan 12");
        long recent = post(token, "Recent verzoek");
        long open = post(token, "Nog open, al lang");
        TimeTravel time = new TimeTravel(dataSource);
        time.update("UPDATE help_request SET status = 'DONE', status_changed_at = now() - interval '13 months' WHERE id = ?", old);
        time.update("UPDATE help_request SET status = 'DONE', status_changed_at = now() - interval '11 months' WHERE id = ?", recent);
        time.update("UPDATE help_request SET status_changed_at = now() - interval '13 months' WHERE id = ?", open);

        time.execute("INSERT INTO notification (gemeente, account_id, type, title, body, data, urgent, silent, push, created_at) "
                + "VALUES ('GM0150', " + person.id() + ", 'REQUEST_ACCEPTED', 'Oud', 'Kastanjelaan 12', '{}', false, false, "
                + "'INBOX_ONLY', now() - interval '13 months')");
        long notice = ((Number) time.value("SELECT max(id) FROM notification WHERE account_id = ?", person.id())).longValue();

        Map<String, Integer> changed = retention.run();

        assertTrue(changed.get("help_request") >= 1, changed.toString());
        assertEquals(null, time.value("SELECT id FROM notification WHERE id = ?", notice), "old inbox notices go too");
        assertEquals("[verwijderd]", time.value("SELECT description FROM help_request WHERE id = ?", old));
        assertEquals(null, time.value("SELECT address_line FROM help_request WHERE id = ?", old));
        assertEquals("WK015006", time.value("SELECT wijk FROM help_request WHERE id = ?", old), "it still counts in its wijk");
        assertEquals("Recent verzoek", time.value("SELECT description FROM help_request WHERE id = ?", recent));
        assertEquals("Nog open, al lang", time.value("SELECT description FROM help_request WHERE id = ?", open),
                "only ended requests are anonymised");
        assertEquals(0, retention.run().get("help_request"), "a second pass finds nothing left");
    }

    private JsonNode reads(String admin, long personId) {
        Api.Response page = api.get("/audit/personal-data-reads?personId=" + personId, admin);
        assertEquals(200, page.status(), page.raw());
        return page.json().get("items");
    }

    private People.Person resident(String name) {
        String email = name + ".GM0150@example.org";
        Api.Response registered = api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", email,
                "password", People.PASSWORD, "displayName", name, "roles", List.of("RESIDENT")));
        assertEquals(201, registered.status(), registered.raw());
        String token = api.login(email, People.PASSWORD);
        return new People.Person(api.get("/me", token).json().get("id").asLong(), "GM0150", token);
    }

    private long post(String token, String description) {
        Api.Response posted = api.post("/help-requests", token, request(description));
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }

    private static Map<String, Object> request(String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "GOEDE_BUREN");
        body.put("task", "SHOPPING");
        body.put("location", Map.of("type", "Point", "coordinates", List.of(LON, LAT)));
        body.put("addressLine", "Kastanjelaan 12, Deventer");
        body.put("description", description);
        body.put("urgency", "NORMAL");
        return body;
    }

    private String login(String who) {
        return api.login(Demo.email(who, "deventer"), Demo.PASSWORD);
    }
}
