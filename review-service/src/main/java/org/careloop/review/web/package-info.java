/**
 * The browser pages (issue 6): the patient portal ({@code /portal}), the clinician inbox ({@code /inbox}) and the
 * admin page ({@code /admin}). Server-rendered Qute templates behind the OIDC tenant {@code web} (authorization
 * code flow, session cookie); state-changing requests need the CSRF token of {@link org.careloop.review.web.Csrf}.
 * The resources here only translate forms into calls of the existing services (IntakeService, the inbox's TaskList,
 * TaskDetails, TaskClaims and ReviewDecisions, OversightReports, ModelDeployments, Incidents, AuditLog) and their
 * results into view models.
 */
package org.careloop.review.web;
