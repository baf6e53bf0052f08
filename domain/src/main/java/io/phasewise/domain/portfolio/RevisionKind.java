package io.phasewise.domain.portfolio;

/** What a revision of a ledger event did. */
public enum RevisionKind {
  RECORDED, EDITED, DELETED
}
