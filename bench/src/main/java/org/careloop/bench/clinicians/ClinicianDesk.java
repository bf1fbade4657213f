package org.careloop.bench.clinicians;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.careloop.bench.api.Call;
import org.careloop.bench.api.ReviewServiceApi;
import org.careloop.bench.patients.SentMessages;

/**
 * One clinician at the inbox: reads the inbox, takes one of this run's tasks, opens it and approves the draft as
 * shown (acknowledging each HIGH finding and emergency red flag it lists), or writes their own reply when there is no
 * draft or the draft held a planted error. Only tasks of messages this run sent are touched.
 * <p>
 * The inbox is worked as a clinician works it: in its order (priority, then due time), page after page until one of
 * them holds a task this clinician can decide. Reading only the first page left this run's tasks undecided whenever
 * older open tasks (earlier runs on the same database) filled it.
 */
public final class ClinicianDesk implements Runnable {

    /** Tasks per inbox page read: the API's largest page, so that few requests reach the end of a long inbox. */
    static final int PAGE_SIZE = 200;

    static final String OWN_REPLY = "Thank you for your message. I have read it and a member of the care team will "
            + "call you today to talk it through. If things get worse, call us or the emergency number.";

    private final ReviewServiceApi api;
    private final String username;
    private final SentMessages sent;
    private final Decisions decisions;
    private final Duration idlePause;
    private final Set<String> leftToOthers = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    public ClinicianDesk(
            ReviewServiceApi api, String username, SentMessages sent, Decisions decisions, Duration idlePause) {
        this.api = api;
        this.username = username;
        this.sent = sent;
        this.decisions = decisions;
        this.idlePause = idlePause;
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            boolean decided;
            try {
                decided = decideOne();
            } catch (RuntimeException e) {
                decided = false;
            }
            if (!decided) {
                try {
                    Thread.sleep(idlePause.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Reads the inbox page by page and decides one of this run's tasks; false when there was none it could decide. */
    boolean decideOne() {
        for (int page = 1; running; page++) {
            Call inbox = api.inbox(username, page, PAGE_SIZE).join();
            if (!inbox.is(200) || inbox.body() == null || !inbox.body().isArray()) {
                return false;
            }
            if (decideOneOf(inbox.body())) {
                return true;
            }
            if (inbox.body().size() < PAGE_SIZE) {
                return false; // the inbox's last page
            }
        }
        return false;
    }

    private boolean decideOneOf(JsonNode page) {
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode task : page) {
            String taskId = task.path("id").asText();
            String assignee = task.path("assignee").asText(null);
            if (sent.contains(task.path("messageId").asText())
                    && (assignee == null || assignee.equals(username))
                    && !decisions.isDecided(taskId)
                    && !leftToOthers.contains(taskId)) {
                mine.add(task);
            }
        }
        // Several clinicians read the same inbox; taking tasks in random order keeps them from all claiming the first.
        Collections.shuffle(mine);
        for (JsonNode task : mine) {
            if (running && decide(task)) {
                return true;
            }
        }
        return false;
    }

    private boolean decide(JsonNode task) {
        String taskId = task.path("id").asText();
        String messageId = task.path("messageId").asText();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            if (!api.claim(username, taskId).join().is(200)) {
                return false; // another clinician was quicker
            }
        }
        Call detail = api.task(username, taskId).join();
        if (!detail.is(200)) {
            return false;
        }
        JsonNode body = detail.body();
        String stage = body.path("stage").asText("REVIEW");
        JsonNode draft = body.path("draft");
        Map<String, Object> decision = new HashMap<>();
        if ("SECOND_REVIEW".equals(stage) || draft.path("available").asBoolean(false)) {
            decision.put("action", "APPROVE");
            List<String> acknowledged = new ArrayList<>();
            body.path("acknowledgementsRequired").forEach(id -> acknowledged.add(id.asText()));
            decision.put("acknowledged", acknowledged);
            if (draft.hasNonNull("shownSha256")) {
                decision.put("shownSha256", draft.get("shownSha256").asText());
            }
            JsonNode provenance = draft.path("provenance");
            if (!"SECOND_REVIEW".equals(stage) && provenance.isObject()) {
                decisions.drafted(
                        provenance.path("provider").asText("?"),
                        provenance.path("model").asText("?"));
            }
        } else {
            decision.put("action", "REJECT");
            decision.put("text", OWN_REPLY);
        }
        Call decided = api.decide(username, taskId, decision).join();
        String error = decided.errorCode();
        if (decided.is(422) && "PLANTED_ERROR_NOT_CAUGHT".equals(error)) {
            decision = Map.of("action", "REJECT", "text", OWN_REPLY);
            decided = api.decide(username, taskId, decision).join();
        }
        if (decided.is(200)) {
            decisions.decided(taskId, messageId, stage, (String) decision.get("action"));
            return true;
        }
        if (!(decided.is(409) && "DRAFT_NOT_CHECKED".equals(error))) {
            // Not ours to decide (a second review of our own approval) or refused for good: leave it.
            leftToOthers.add(taskId);
        }
        return false;
    }
}
