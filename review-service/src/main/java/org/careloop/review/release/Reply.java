package org.careloop.review.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The reply a patient sees: exactly the text a clinician approved, with its label. Written by the release. */
@Entity
@Table(name = "reply")
public class Reply extends ReleasedText {

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "released_at", nullable = false)
    public Instant releasedAt;
}
