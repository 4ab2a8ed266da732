/**
 * The team server: setting it up ({@link org.rendition.workflow.team.TeamServer#initialize}), adding
 * people with their roles, and opening the team's profile as the server's login. Who someone is
 * and what they may do come from the server (the login and its database roles), which also
 * enforces them; see docs/team-server.md.
 */
package org.rendition.workflow.team;
