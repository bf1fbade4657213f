package org.careloop.inference.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.Map;
import org.careloop.inference.errors.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/knowledge-base")
@Tag(name = "knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeBaseAdminResource {

    /** The knowledge base now in force. */
    public record KnowledgeBaseStatus(String knowledgeBaseVersion, int passageCount) {}

    private final KnowledgeBase knowledgeBase;

    public KnowledgeBaseAdminResource(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @POST
    @Path("/reload")
    @RolesAllowed({"internal-service", "admin"})
    @Operation(summary = "Re-read and re-embed the knowledge base without a restart")
    @APIResponse(responseCode = "200", description = "The new knowledge-base version and passage count")
    @APIResponse(
            responseCode = "422",
            description = "A passage file is malformed; the previous knowledge base stays in force")
    public KnowledgeBaseStatus reload() {
        KnowledgeIndex index;
        try {
            index = knowledgeBase.reload();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ApiException(
                    422,
                    "KNOWLEDGE_BASE_INVALID",
                    "the knowledge base was not reloaded: " + e.getMessage(),
                    Map.of("current", knowledgeBase.current().version()));
        }
        return new KnowledgeBaseStatus(index.version(), index.passageCount());
    }
}
