package org.careloop.review.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Oversight figures for one decision made on the inbox page: how long the clinician had the task open and how much
 * they changed the draft (word-level Levenshtein distance). Written in the decision's transaction and audited.
 */
@Entity
@Table(name = "decision_oversight")
public class DecisionOversight extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "task_id", nullable = false)
  public String taskId;

  @Column(name = "message_id", nullable = false)
  public UUID messageId;

  @Column(name = "process_instance_id")
  public String processInstanceId;

  /** REVIEW or SECOND_REVIEW. */
  @Column(nullable = false)
  public String stage;

  @Column(nullable = false)
  public String action;

  @Column(name = "decided_by", nullable = false)
  public String decidedBy;

  @Column(name = "decided_at", nullable = false)
  public Instant decidedAt;

  /** From opening the task page to submitting the decision; null when the page did not say when it was opened. */
  @Column(name = "time_on_task_ms")
  public Long timeOnTaskMs;

  /** Words inserted, deleted or replaced from the draft to the released text; null without draft or reply text. */
  @Column(name = "edit_distance_words")
  public Integer editDistanceWords;

  @Column(name = "draft_words")
  public Integer draftWords;

  @Column(name = "final_words")
  public Integer finalWords;
}
