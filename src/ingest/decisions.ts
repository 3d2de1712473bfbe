/**
 * Recorded decisions: every inconsistency the parser finds in the source is an
 * `Issue` with a stable id, and must be decided once in `seeds/decisions.json`
 * (with its reason and source lines). An undecided issue, or a decision that no
 * longer matches an issue, stops the ingest: the data can only change through the
 * parser or through that one reviewable file.
 */

/** Something in the source that needs a human decision. */
export interface Issue {
  id: string;
  lines: number[];
  message: string;
}

/** One entry of `seeds/decisions.json`. Extra fields carry the action's data. */
export interface Decision {
  id: string;
  action: string;
  reason: string;
  lines: number[];
  [data: string]: unknown;
}

class DecisionError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `the ingest stopped on ${problems.length} problem(s) (an undecided issue is decided in seeds/decisions.json):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'DecisionError';
  }
}

/** Validate the file's shape; throws naming the entry that is wrong. */
export function parseDecisions(json: unknown): Decision[] {
  const list = (json as { decisions?: unknown })?.decisions;
  if (!Array.isArray(list)) throw new DecisionError(['the file must be an object with a "decisions" array']);
  const seen = new Set<string>();
  const problems: string[] = [];
  list.forEach((entry: unknown, i) => {
    const d: { id?: unknown; action?: unknown; reason?: unknown; lines?: unknown } = entry && typeof entry === 'object' ? entry : {};
    const where = `decision #${i + 1}${typeof d.id === 'string' ? ` (${d.id})` : ''}`;
    if (typeof d.id !== 'string') problems.push(`${where}: no id`);
    else if (seen.has(d.id)) problems.push(`${where}: the id is used twice`);
    else seen.add(d.id);
    if (typeof d.action !== 'string') problems.push(`${where}: no action`);
    if (typeof d.reason !== 'string' || d.reason.trim().length < 10) problems.push(`${where}: no reason (say why, in a sentence)`);
    if (!Array.isArray(d.lines) || !d.lines.every((n: unknown) => Number.isInteger(n) && (n as number) > 0)) {
      problems.push(`${where}: "lines" must list the 1-based source lines it concerns`);
    }
  });
  if (problems.length) throw new DecisionError(problems);
  return list as Decision[];
}

/**
 * The decisions as the parser consults them. `decide` returns the decision for an
 * issue and records the issue; `finish` reports undecided issues and unused decisions.
 */
export class DecisionBook {
  private readonly byId: Map<string, Decision>;
  private readonly used = new Set<string>();
  private readonly problems: string[] = [];
  readonly issues: Issue[] = [];

  constructor(decisions: Decision[]) {
    this.byId = new Map(decisions.map((d) => [d.id, d]));
  }

  /** The decision taken on `issue` (checked against `actions`), or null when there is none yet. */
  decide(issue: Issue, actions: readonly string[]): Decision | null {
    this.issues.push(issue);
    const d = this.byId.get(issue.id);
    if (!d) {
      this.problems.push(`undecided: ${issue.id} (line ${issue.lines.join(', ')}): ${issue.message}; decide one of: ${actions.join(', ')}`);
      return null;
    }
    this.used.add(d.id);
    if (!actions.includes(d.action)) {
      this.problems.push(`${d.id}: action "${d.action}" is not one of ${actions.join(', ')}`);
      return null;
    }
    const want = [...issue.lines].sort((a, b) => a - b).join(',');
    const got = [...d.lines].sort((a, b) => a - b).join(',');
    if (want !== got) this.problems.push(`${d.id}: names lines ${got}, but the issue is at lines ${want}`);
    return d;
  }

  /** A decision that is looked up by id before parsing (corrections of unreadable text). */
  correction(id: string): Decision | null {
    const d = this.byId.get(id) ?? null;
    if (d) this.used.add(id);
    return d;
  }

  /** Record a problem that no decision can settle. */
  fail(message: string): void {
    this.problems.push(message);
  }

  /** Throws when an issue is undecided or a decision was not used; returns the applied decisions. */
  finish(): Decision[] {
    for (const id of this.byId.keys()) {
      if (!this.used.has(id)) this.problems.push(`${id}: decided, but the parser found no such issue (stale decision?)`);
    }
    if (this.problems.length) throw new DecisionError(this.problems);
    return [...this.byId.values()].filter((d) => this.used.has(d.id));
  }
}
