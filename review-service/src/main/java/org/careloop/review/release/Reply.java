package org.careloop.review.release;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The reply a patient sees: exactly the text a clinician approved, with its label. Written by the release. */
@Entity
@Table(name = "reply")
public class Reply extends PanacheEntityBase {

  @Id
  @Column(name = "message_id")
  public UUID messageId;

  @Column(name = "process_instance_id", nullable = false)
  public String processInstanceId;

  @Column(name = "approval_id", nullable = false)
  public UUID approvalId;

  @Column(nullable = false)
  public String text;

  @Column(name = "text_sha256", nullable = false)
  public String textSha256;

  @Column(name = "clinician_username", nullable = false)
  public String clinicianUsername;

  @Column(name = "clinician_display_name", nullable = false)
  public String clinicianDisplayName;

  @Column(nullable = false)
  public String label;

  @Column(name = "released_at", nullable = false)
  public Instant releasedAt;
}
