package org.careloop.inference.drafting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A drafted reply and its provenance, keyed by the caller's idempotency key. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 200)
    public String idempotencyKey;

    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String model;

    @Column(name = "model_version", nullable = false)
    public String modelVersion;

    @Column(name = "prompt_template_version", nullable = false)
    public String promptTemplateVersion;

    @Column(name = "knowledge_base_version", nullable = false)
    public String knowledgeBaseVersion;

    /** Comma-separated passage ids (ids are lower-case words joined by '-'). */
    @Column(name = "passage_ids", nullable = false)
    public String passageIds;

    /** Comma-separated ids the model cited without their passage having been retrieved. */
    @Column(name = "dropped_citations", nullable = false)
    public String droppedCitations;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;

    @Column(name = "input_tokens", nullable = false)
    public int inputTokens;

    @Column(name = "output_tokens", nullable = false)
    public int outputTokens;

    @Column(name = "prompt_sha256", nullable = false, length = 64)
    public String promptSha256;

    @Column(name = "draft_text", nullable = false)
    public String draftText;

    @Column(name = "citations_json", nullable = false)
    public String citationsJson;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Draft> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
