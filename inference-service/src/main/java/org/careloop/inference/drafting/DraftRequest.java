package org.careloop.inference.drafting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.careloop.inference.errors.TooLarge;
import org.careloop.support.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A de-identified patient message to draft a reply for. */
public record DraftRequest(
        @Schema(
                description = "Stable per drafting attempt, e.g. <process instance id>:<activity id>",
                examples = "8c2e6a1d-9f0b-4c57-a1e4-3b2f0c9d7e15:Task_DraftReply")
        @NotBlank
        @Size(max = DraftRequest.MAX_IDENTIFIER_CHARS)
        @PlainText
        String idempotencyKey,

        @Schema(
                description = "De-identified message text with placeholders such as [NAME_1]",
                maxLength = DraftRequest.MAX_MESSAGE_CHARS)
        @NotBlank
        @Size(max = DraftRequest.MAX_MESSAGE_CHARS, payload = TooLarge.class)
        @PlainText
        String messageText,

        @Schema(description = "Red-flag categories found by policy-service, e.g. CHEST_PAIN")
        @Size(max = DraftRequest.MAX_LIST_ENTRIES)
        List<
                        @NotBlank @Size(max = DraftRequest.MAX_IDENTIFIER_CHARS)
                        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a category code such as CHEST_PAIN")
                        String>
                redFlagCategories) {

    /**
     * The longest messageText, in UTF-16 characters; 413 beyond. The contract's "Message text" limit
     * (docs/service-contracts.md, "Text limits and placeholders"), defined once in this service and checked against
     * the document by {@code ServiceContractTest}.
     */
    public static final int MAX_MESSAGE_CHARS = 20_000;

    /** The longest idempotency key or category code; 400 beyond. The contract's "Identifiers and codes" limit. */
    public static final int MAX_IDENTIFIER_CHARS = 200;

    /** The most red-flag categories; 400 beyond. The contract's "Lists" limit. */
    public static final int MAX_LIST_ENTRIES = 100;

    public DraftRequest {
        // Not List.copyOf: it throws on a null entry while the JSON is read, which would answer INVALID_JSON for valid
        // JSON; kept, a null entry is a VALIDATION_FAILED naming redFlagCategories[i].
        redFlagCategories = redFlagCategories == null
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(redFlagCategories));
    }
}
