package org.careloop.review.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.Users.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.screening.Screening;
import org.careloop.review.seeding.InboxSeeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The inbox a page at a time, over more tasks than one page holds (seeded through the engine as the seeding tool
 * does): every task of the clinician's groups once, in order, no other group's, claimed tasks where a clinician
 * expects them. The engine's own TaskQuery, which the inbox used before paging, is the reference.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingTest {

    private static final int SEEDED = 130;
    private static final Pattern ROW = Pattern.compile("<tr data-task-id=\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">Next page</a>");

    @Inject
    InboxSeeder seeder;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    EntityManager em;

    @BeforeAll
    void seed() throws Exception {
        seeder.seed(SEEDED, 2, 25, done -> {});
    }

    @AfterAll
    void removeSeeded() {
        List<String> instances = QuarkusTransaction.requiringNew()
                .call(() -> PatientMessage.<PatientMessage>list("patientId like 'seed-%'").stream()
                        .map(m -> m.processInstanceId)
                        .toList());
        runtimeService.deleteProcessInstancesIfExists(instances, "seeded for InboxPagingTest", true, true, true);
    }

    @Test
    void shouldListEveryTaskOfTheClinicianGroupsOncePageByPageHighestPriorityFirst() {
        List<Map<String, Object>> pages = new ArrayList<>();
        String next = "/api/inbox/tasks";
        Response first = null;
        int pageCount = 0;
        while (next != null) {
            Response page = as("carter").get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            first = first == null ? page : first;
            List<Map<String, Object>> tasks = page.jsonPath().getList("$");
            next = nextLink(page.header("Link"));
            assertThat(tasks)
                    .as("a page holds at most 50 tasks, and 50 unless it is the last")
                    .hasSizeLessThanOrEqualTo(50);
            if (next != null) {
                assertThat(tasks).hasSize(50);
            }
            pages.addAll(tasks);
            pageCount++;
        }
        Map<String, Task> expected = engineInbox("carter", List.of("clinician"));
        assertThat(pageCount).isGreaterThanOrEqualTo(3);
        assertThat(pages).extracting(t -> t.get("id")).doesNotHaveDuplicates();
        assertThat(pages).extracting(t -> (String) t.get("id")).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(first.header("X-Total-Count")).isEqualTo(Integer.toString(expected.size()));

        for (int i = 1; i < pages.size(); i++) {
            Task before = expected.get((String) pages.get(i - 1).get("id"));
            Task after = expected.get((String) pages.get(i).get("id"));
            assertThat(before.getPriority()).as("priority, highest first").isGreaterThanOrEqualTo(after.getPriority());
            if (before.getPriority() == after.getPriority()
                    && before.getDueDate() != null
                    && after.getDueDate() != null) {
                assertThat(before.getDueDate()).as("then the one due first").isBeforeOrEqualTo(after.getDueDate());
            }
        }
        for (Map<String, Object> task : pages) {
            Task t = expected.get((String) task.get("id"));
            assertThat(task.get("priority")).isEqualTo(t.getPriority());
            assertThat(task.get("assignee")).isEqualTo(t.getAssignee());
            assertThat(task.get("messageId"))
                    .isEqualTo(runtimeService
                            .createProcessInstanceQuery()
                            .processInstanceId(t.getProcessInstanceId())
                            .singleResult()
                            .getBusinessKey());
        }
    }

    @Test
    void shouldShowTheOnCallGroupItsEmergenciesAndNoOtherClinicianThem() {
        List<Map<String, Object>> emergencies = allPages("oncall", "/api/inbox/tasks?severity=EMERGENCY");
        assertThat(emergencies).as("the seeded emergencies went to on-call").hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> task : emergencies) {
            Screening screening = QuarkusTransaction.requiringNew()
                    .call(() -> Screening.findById(UUID.fromString((String) task.get("messageId"))));
            assertThat(screening.highestSeverity).isEqualTo("EMERGENCY");
            assertThat(groups((String) task.get("id"))).contains("on-call");
        }
        Set<String> carters = ids(allPages("carter", "/api/inbox/tasks?size=200"));
        for (Map<String, Object> task : emergencies) {
            String id = (String) task.get("id");
            if (!groups(id).contains("clinician") && !"carter".equals(task.get("assignee"))) {
                assertThat(carters)
                        .as("on-call's task %s is not in carter's inbox", id)
                        .doesNotContain(id);
            }
        }
        assertThat(as("carter")
                        .get("/api/inbox/tasks?severity=EMERGENCY")
                        .jsonPath()
                        .getList("id", String.class))
                .allSatisfy(id -> assertThat(groups(id).contains("clinician") || "carter".equals(assignee(id)))
                        .isTrue());
    }

    @Test
    void shouldKeepAClaimedTaskInItsGroupsInboxAndFindItUnderClaimedByMe() {
        String taskId = (String) as("carter")
                .get("/api/inbox/tasks?assigned=nobody&size=1")
                .jsonPath()
                .getList("$", Map.class)
                .get(0)
                .get("id");
        as("lee").post("/api/inbox/tasks/{id}/claim", taskId).then().statusCode(200);

        Map<String, Object> inCarters = allPages("carter", "/api/inbox/tasks?size=200").stream()
                .filter(t -> taskId.equals(t.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(inCarters.get("assignee")).as("carter sees who has it").isEqualTo("lee");
        assertThat(ids(allPages("carter", "/api/inbox/tasks?assigned=nobody&size=200")))
                .doesNotContain(taskId);
        assertThat(ids(allPages("lee", "/api/inbox/tasks?assigned=me&size=200")))
                .contains(taskId);
        assertThat(ids(allPages("carter", "/api/inbox/tasks?assigned=me&size=200")))
                .doesNotContain(taskId);

        // A task of another group assigned to carter (as an admin might) is in carter's inbox all the same.
        String onCallTask = taskService
                .createTaskQuery()
                .processDefinitionKey(PatientReplyModel.PROCESS_ID)
                .taskCandidateGroup("on-call")
                .active()
                .listPage(0, 1)
                .get(0)
                .getId();
        assertThat(groups(onCallTask)).doesNotContain("clinician");
        taskService.setAssignee(onCallTask, "carter");
        assertThat(ids(allPages("carter", "/api/inbox/tasks?assigned=me&size=200")))
                .contains(onCallTask);
    }

    @Test
    void shouldFilterByDraftRiskAndSortByDueTime() {
        List<Map<String, Object>> high = allPages("carter", "/api/inbox/tasks?risk=HIGH&sort=due");
        assertThat(high).as("10 of every 100 seeded drafts are HIGH risk").hasSizeGreaterThanOrEqualTo(13);
        for (Map<String, Object> task : high) {
            DraftCheck check = QuarkusTransaction.requiringNew()
                    .call(() -> DraftCheck.findById(UUID.fromString((String) task.get("messageId"))));
            assertThat(check.riskLevel).isEqualTo("HIGH");
        }
        assertThat(high)
                .extracting(t -> t.get("due") == null ? null : Instant.parse((String) t.get("due")))
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
    }

    @Test
    void shouldShowTheInboxPageFiftyRowsAtATimeWithALinkToTheNext() {
        String page1 = as("carter").get("/inbox").asString();
        List<String> rows1 = rows(page1);
        assertThat(rows1).hasSize(50);
        assertThat(page1).contains("Showing 1–50 of ");
        Matcher next = NEXT.matcher(page1);
        assertThat(next.find()).as("a link to page 2").isTrue();
        String page2 = as("carter").get(next.group(1).replace("&amp;", "&")).asString();
        List<String> rows2 = rows(page2);
        assertThat(rows2).isNotEmpty().doesNotContainAnyElementsOf(rows1);
        assertThat(page2).contains("Showing 51–").contains("rel=\"prev\">Previous page</a>");
        int lastOnPage1 = taskService
                .createTaskQuery()
                .taskId(rows1.get(49))
                .singleResult()
                .getPriority();
        int firstOnPage2 = taskService
                .createTaskQuery()
                .taskId(rows2.get(0))
                .singleResult()
                .getPriority();
        assertThat(lastOnPage1).isGreaterThanOrEqualTo(firstOnPage2);
    }

    @Test
    void shouldFollowTheEngineWhenAReviewIsReprioritisedOfferedToAnotherGroupOrEnds() {
        String taskId = engineInbox("carter", List.of("clinician")).values().stream()
                .filter(t -> t.getAssignee() == null && groups(t.getId()).equals(Set.of("clinician")))
                .findFirst()
                .orElseThrow()
                .getId();
        int priority =
                taskService.createTaskQuery().taskId(taskId).singleResult().getPriority();
        try {
            taskService.setPriority(taskId, 500);
            assertThat(as("carter").get("/api/inbox/tasks").jsonPath().getString("[0].id"))
                    .as("raised above every other task, it leads the inbox")
                    .isEqualTo(taskId);

            taskService.addCandidateGroup(taskId, "senior-clinician");
            taskService.deleteCandidateGroup(taskId, "clinician");
            assertThat(ids(allPages("carter", "/api/inbox/tasks"))).doesNotContain(taskId);
            assertThat(as("lee").get("/api/inbox/tasks").jsonPath().getString("[0].id"))
                    .isEqualTo(taskId);
            assertThat(offersMatchingTheEngine()).isTrue();
        } finally {
            taskService.addCandidateGroup(taskId, "clinician");
            taskService.deleteCandidateGroup(taskId, "senior-clinician");
            taskService.setPriority(taskId, priority);
        }
        assertThat(ids(allPages("carter", "/api/inbox/tasks"))).contains(taskId);

        String ended =
                engineInbox("carter", List.of("clinician")).keySet().iterator().next();
        runtimeService.deleteProcessInstance(
                taskService.createTaskQuery().taskId(ended).singleResult().getProcessInstanceId(),
                "ended for InboxPagingTest");
        assertThat(ids(allPages("carter", "/api/inbox/tasks"))).doesNotContain(ended);
        assertThat(offersMatchingTheEngine()).isTrue();
    }

    @Test
    void shouldFilterBySeverityAndRiskExactlyAsTheMessagesScreeningAndCheckSay() {
        Map<String, Task> inbox = engineInbox("carter", List.of("clinician"));
        for (String severity : List.of("EMERGENCY", "URGENT", "ROUTINE")) {
            assertThat(filtered("carter", "severity=" + severity))
                    .as("severity %s", severity)
                    .containsExactlyInAnyOrderElementsOf(matching(inbox, severity, null));
        }
        for (String risk : List.of("LOW", "MEDIUM", "HIGH")) {
            assertThat(filtered("carter", "risk=" + risk))
                    .as("risk %s", risk)
                    .containsExactlyInAnyOrderElementsOf(matching(inbox, null, risk));
        }
        assertThat(filtered("carter", "severity=ROUTINE&risk=MEDIUM"))
                .containsExactlyInAnyOrderElementsOf(matching(inbox, "ROUTINE", "MEDIUM"));
        assertThat(offersMatchingTheEngine()).isTrue();
    }

    @Test
    void shouldFollowAScreeningOrCheckStoredOrChangedAfterItsReviewOpened() {
        Task task = engineInbox("carter", List.of("clinician")).values().stream()
                .filter(t -> t.getAssignee() == null && groups(t.getId()).equals(Set.of("clinician")))
                .filter(t -> "ROUTINE".equals(severityOf(t)) && "LOW".equals(riskOf(t)))
                .findFirst()
                .orElseThrow();
        UUID message = messageOf(task);
        String screening = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT CAST(to_jsonb(s) AS text) FROM message_screening s WHERE s.message_id = :id")
                .setParameter("id", message)
                .getSingleResult());
        try {
            sql("DELETE FROM message_screening WHERE message_id = :id", Map.of("id", message));
            assertThat(filtered("carter", "severity=ROUTINE"))
                    .as("not screened yet: in no severity's view")
                    .doesNotContain(task.getId());

            sql(
                    "INSERT INTO message_screening SELECT * FROM jsonb_populate_record(NULL::message_screening,"
                            + " CAST(:row AS jsonb))",
                    Map.of("row", screening));
            assertThat(filtered("carter", "severity=ROUTINE"))
                    .as("screened beside the open review")
                    .contains(task.getId());

            sql(
                    "UPDATE message_screening SET highest_severity = 'URGENT' WHERE message_id = :id",
                    Map.of("id", message));
            sql("UPDATE draft_check SET risk_level = 'HIGH' WHERE message_id = :id", Map.of("id", message));
            assertThat(filtered("carter", "severity=URGENT&risk=HIGH")).contains(task.getId());
            assertThat(filtered("carter", "severity=ROUTINE")).doesNotContain(task.getId());
            assertThat(filtered("carter", "risk=LOW")).doesNotContain(task.getId());
            assertThat(offersMatchingTheEngine()).isTrue();
        } finally {
            sql(
                    "UPDATE message_screening SET highest_severity = 'ROUTINE' WHERE message_id = :id",
                    Map.of("id", message));
            sql("UPDATE draft_check SET risk_level = 'LOW' WHERE message_id = :id", Map.of("id", message));
        }
        assertThat(filtered("carter", "severity=ROUTINE&risk=LOW")).contains(task.getId());
    }

    @Test
    void shouldShowEachRowsRedFlagsAndDraftRiskOnThePage() {
        String page = as("carter").get("/inbox?severity=URGENT").asString();
        Matcher row =
                Pattern.compile("(?s)<tr data-task-id=\"([^\"]+)\"(.*?)</tr>").matcher(page);
        int rows = 0;
        while (row.find()) {
            Task task = taskService.createTaskQuery().taskId(row.group(1)).singleResult();
            UUID message = messageOf(task);
            Screening screening = QuarkusTransaction.requiringNew().call(() -> Screening.findById(message));
            DraftCheck check = QuarkusTransaction.requiringNew().call(() -> DraftCheck.findById(message));
            String cells = row.group(2);
            assertThat(cells).contains(">URGENT</span>");
            screening.redFlags.forEach(flag -> assertThat(cells)
                    .as("the red flag's category, as words")
                    .containsIgnoringCase(flag.category().replace('_', ' ')));
            if (check == null || check.riskLevel == null) {
                assertThat(cells).containsAnyOf("draft pending", "not checked yet");
            } else {
                assertThat(cells).contains(">" + check.riskLevel + "</span>");
            }
            rows++;
        }
        assertThat(rows).as("7 of every 100 seeded messages are urgent").isGreaterThanOrEqualTo(5);
    }

    /** The ids of every page of the caller's inbox with these filters; the total announced is exactly their number. */
    private static List<String> filtered(String user, String filters) {
        Response first = as(user).get("/api/inbox/tasks?size=200&" + filters);
        List<Map<String, Object>> tasks = allPages(user, "/api/inbox/tasks?size=200&" + filters);
        assertThat(first.header("X-Total-Count"))
                .as("the total of %s", filters)
                .isEqualTo(Integer.toString(Math.min(tasks.size(), TaskList.COUNT_LIMIT)));
        return tasks.stream().map(t -> (String) t.get("id")).toList();
    }

    /** The tasks whose message's screening has this highest severity and whose check this risk (null: any). */
    private List<String> matching(Map<String, Task> tasks, String severity, String risk) {
        return tasks.values().stream()
                .filter(t -> severity == null || severity.equals(severityOf(t)))
                .filter(t -> risk == null || risk.equals(riskOf(t)))
                .map(Task::getId)
                .toList();
    }

    private String severityOf(Task task) {
        Screening screening = QuarkusTransaction.requiringNew().call(() -> Screening.findById(messageOf(task)));
        return screening == null ? null : screening.highestSeverity;
    }

    private String riskOf(Task task) {
        DraftCheck check = QuarkusTransaction.requiringNew().call(() -> DraftCheck.findById(messageOf(task)));
        return check == null ? null : check.riskLevel;
    }

    private UUID messageOf(Task task) {
        return UUID.fromString(runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey());
    }

    private void sql(String statement, Map<String, ?> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.Query query = em.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    /**
     * Whether inbox_offer holds exactly the engine's candidate groups of open tasks, with their tasks' order columns,
     * their message and its screening's severity and check's risk.
     */
    private boolean offersMatchingTheEngine() {
        String message = "(CASE WHEN pi.BUSINESS_KEY_ ~ '^[0-9a-f-]{36}$' THEN CAST(pi.BUSINESS_KEY_ AS uuid) END)";
        String engine = "SELECT DISTINCT l.TASK_ID_, l.GROUP_ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_, " + message
                + ", s.highest_severity, c.risk_level FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_"
                + " LEFT JOIN ACT_RU_EXECUTION pi ON pi.ID_ = t.PROC_INST_ID_"
                + " LEFT JOIN message_screening s ON s.message_id = " + message
                + " LEFT JOIN draft_check c ON c.message_id = " + message
                + " WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL";
        String offers =
                "SELECT task_id, group_id, priority, due_date, create_time, message_id, severity, risk FROM inbox_offer";
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM (("
                                                + engine + " EXCEPT " + offers + ") UNION ALL (" + offers + " EXCEPT "
                                                + engine
                                                + ")) differing")
                                        .getSingleResult())
                                .intValue()
                        == 0);
    }

    @Test
    void shouldRefuseAnUnknownSortAndAPageTooLarge() {
        as("carter").get("/api/inbox/tasks?sort=name").then().statusCode(400);
        as("carter").get("/api/inbox/tasks?size=201").then().statusCode(400);
        as("carter").get("/api/inbox/tasks?page=0").then().statusCode(400);
    }

    /** What the engine's TaskQuery gives: the user's groups' open review tasks, claimed or not, and their own. */
    private Map<String, Task> engineInbox(String user, List<String> groups) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        taskService
                .createTaskQuery()
                .processDefinitionKey(PatientReplyModel.PROCESS_ID)
                .taskCandidateGroupIn(groups)
                .includeAssignedTasks()
                .active()
                .list()
                .forEach(t -> tasks.put(t.getId(), t));
        taskService
                .createTaskQuery()
                .processDefinitionKey(PatientReplyModel.PROCESS_ID)
                .taskAssignee(user)
                .active()
                .list()
                .forEach(t -> tasks.putIfAbsent(t.getId(), t));
        return tasks;
    }

    private Set<String> groups(String taskId) {
        Set<String> groups = new HashSet<>();
        taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .forEach(l -> groups.add(l.getGroupId()));
        return groups;
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private static List<Map<String, Object>> allPages(String user, String path) {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = path;
        while (next != null) {
            Response page = as(user).get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            all.addAll(page.jsonPath().getList("$"));
            next = nextLink(page.header("Link"));
        }
        return all;
    }

    private static Set<String> ids(List<Map<String, Object>> tasks) {
        Set<String> ids = new HashSet<>();
        tasks.forEach(t -> ids.add((String) t.get("id")));
        return ids;
    }

    private static String nextLink(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
        return m.find() ? m.group(1).replaceFirst("^https?://[^/]+", "") : null;
    }

    private static List<String> rows(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
