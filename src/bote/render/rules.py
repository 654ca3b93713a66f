"""Every kind of finding bote reports, as one table: the rules of its reports.

A rule is a risk kind (`overloaded`, `backlog`), an input error kind
(`syntax`, `unknown-unit`) or another finding (`assert`, `stale-result`),
with what it means, when it trips (its formula), what fixes it and the
section of the docs that explains it.  The SARIF driver's rules, their help
text and their help URIs come from here, so a new kind is one more entry at
the end of `RULES`: a rule's index in `RULES` is part of the SARIF output's
contract, so entries are only ever appended.  `tests/test_rules.py` fails
when bote can emit a kind that has no entry here, and when a rule's docs
section does not exist.
"""
from __future__ import annotations

import re

from bote.dataclasses_compiled import dataclass
from bote.model.risks import ERROR, NOTE, WARNING

#: Where the docs are published: the repository's docs folder on its main
#: branch.  A placeholder until the project's real repository URL is known.
DOCS_URL = "https://github.com/bote-lang/bote/blob/main/docs/"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: str                  # the severity it is reported at by default
    short: str                  # one line: what is wrong
    meaning: str                # what the finding means, for the reader of an alert
    formula: str                # when it trips; "" for an input error, which has none
    remedies: tuple[str, ...]   # what fixes it, most common first
    section: str                # the heading of the docs section that explains it
    tags: tuple[str, ...]       # for filtering in code-scanning dashboards
    doc: str = "language.md"    # the page under docs/ that holds `section`

    @property
    def help_uri(self) -> str:
        return f"{DOCS_URL}{self.doc}#{anchor(self.section)}"

    def help_text(self) -> str:
        parts = [self.meaning]
        if self.formula:
            parts.append(f"When it trips: {self.formula}")
        parts.append("Remedies:\n" + "\n".join(f"- {r}" for r in self.remedies))
        parts.append(f"Docs: {self.help_uri}")
        return "\n\n".join(parts)

    def help_markdown(self) -> str:
        parts = [f"**{self.id}** ({self.level}): {self.meaning}"]
        if self.formula:
            parts.append(f"**When it trips:** {self.formula}")
        parts.append("**Remedies:**\n\n" + "\n".join(f"- {r}" for r in self.remedies))
        parts.append(f"See [{self.section}]({self.help_uri}) in the bote docs.")
        return "\n\n".join(parts)


def anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation
    but `-` and `_` dropped, each space a `-` (github-slugger)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


_CAPACITY = ("capacity", "reliability")
_INPUT = ("input", "correctness")

RULES: tuple[Rule, ...] = (
    Rule("overloaded", ERROR, "A component is offered more load than its instances can serve.",
         "The provisioned instances cannot serve the load they are offered: requests queue without end, time out "
         "or are dropped.",
         "utilization = load / (capacity × instances) > 100% (one instance's capacity with scaling = single); "
         "exactly 100% is full, not over.",
         ("add instances, or let bote size the component (remove `instances`)",
          "cache or batch in front of it, or cut the cost of one request",
          "with scaling = single: shard it, or queue the work in front of it"),
         "Risks", _CAPACITY + ("throughput",)),
    Rule("hot", WARNING, "A component runs above its utilization ceiling, or would with one instance down.",
         "The component serves its load, but with less headroom than its sizing ceiling asks for: a peak, or "
         "the loss of one instance, overloads it.",
         "utilization > max_utilization (70% by default), or load / (capacity × (instances − 1)) > 100%.",
         ("add instances to restore headroom for peaks",
          "add a spare instance (N+1) so that one failure does not overload the rest"),
         "Risks", _CAPACITY + ("headroom",)),
    Rule("single-point-of-failure", WARNING, "A component has one instance in total.",
         "When its one instance fails, everything that depends on it fails with it.",
         "instances = 1 (needed + redundancy, or `instances` as set).",
         ("run a standby or a second instance (redundancy = 1)",),
         "Risks", _CAPACITY + ("availability",)),
    Rule("cannot-scale", ERROR, "A component that cannot scale out needs more than one instance.",
         "A `scaling = single` component (a primary taking writes) must carry all of its load on one instance, "
         "and that load needs more.",
         "scaling = single and ceil(load / (capacity × max_utilization)) > 1.",
         ("shard it, so that each shard is a primary of its own",
          "batch the writes, or put a queue in front to smooth them"),
         "The capacity model", _CAPACITY + ("scaling",)),
    Rule("memory", ERROR, "A component's working set does not fit in its memory.",
         "The data the component must hold in memory is larger than the memory of its instances: it spills to "
         "disk or runs out of memory.",
         "working_set > memory × instances (one instance's memory with scaling = single); for a managed queue, "
         "bytes held after a burst > memory.",
         ("shard the data, or add memory per instance",
          "keep only the hot part in memory",
          "for a queue: add consumers to drain faster, or shorten retention"),
         "Risks", _CAPACITY + ("memory",)),
    Rule("storage", ERROR, ("A component's data does not fit in its storage (error), fills it past `max_fill`, "
                            "or will reach `max_fill` within the storage horizon at its current growth (warnings)."),
         "The data the component stores (every copy, with `replication`) is larger than its disks, fills them "
         "past the share `max_fill` allows (80% by default: a disk near full slows down and leaves no room to "
         "rebuild a replica), or grows to that line within the storage horizon. With `retention`, the data "
         "stops growing at data_growth × retention: it warns only when that steady state does not fit.",
         "data × replication > storage × instances (one instance's storage with scaling = single); as a "
         "warning, data × replication > storage × instances × max_fill, or (storage × instances × max_fill − "
         "data × replication) / (data_growth × replication) < storage_horizon (1 year by default), with "
         "retention only when max(data, data_growth × retention) × replication > storage × instances × max_fill.",
         ("shard the data, or add disk per instance",
          "compress, or expire old data (`retention`)",
          "for a queue: add consumers to drain faster, or shorten retention"),
         "Risks", _CAPACITY + ("storage",)),
    Rule("assumed-load", NOTE, "Nothing feeds a component and it sets no load: a default load is assumed.",
         "No edge of the flow reaches the component and it sets no `load`, so bote sized it for 10,000 req/s: "
         "its figures describe that assumption, not your system.",
         "no incoming edge and no `load`.",
         ("set `load`", "or connect it in a `flow`"),
         "Risks", ("assumption",)),
    Rule("assert", ERROR, "An assert does not hold.",
         "A condition the file states about its own figures is false for the figures bote computed.",
         "the assert's comparison is false (with a tolerance: outside it).",
         ("change the design until it holds", "or correct the assert, if the figures are right"),
         "Asserts", ("assert", "correctness")),
    Rule("syntax", ERROR, "The input is not valid bote syntax.",
         "The file, or a ```bote block of a doc, cannot be read as bote: nothing in it was evaluated.",
         "", ("follow the hint printed with the error", "see the grammar in the language reference"),
         "Lexical structure", _INPUT),
    Rule("unknown-name", ERROR, "A name is used that is not defined.",
         "A binding, component or figure is used but not defined before (or anywhere).",
         "", ("define it, or correct the spelling (the hint names the nearest defined name)",),
         "Bindings", _INPUT),
    Rule("unknown-unit", ERROR, "A unit is used that is not known.",
         "A word in unit position is not one of bote's units, nor a label the file declares.",
         "", ("use a known unit (the hint names the nearest)", "or declare a count label with `unit NAME`"),
         "Units", _INPUT),
    Rule("dimension", ERROR, "Quantities of incompatible dimensions are combined.",
         "Two quantities of different dimensions are added, compared or converted (bytes to seconds, say).",
         "", ("convert one side with `->`, or multiply or divide by the missing factor",),
         "Expressions", _INPUT),
    Rule("property", ERROR, "A component property is unknown, computed by bote, missing or wrongly set.",
         "A component sets a property it does not have, one bote computes itself, one of another kind, or "
         "lacks one it needs.",
         "", ("use the properties of the component's kind (see the table in the docs)",),
         "Components", _INPUT),
    Rule("duplicate", ERROR, "A name is defined twice, or clashes with a unit.",
         "A binding, component or declared unit is defined more than once.",
         "", ("rename one of them",),
         "Bindings", _INPUT),
    Rule("cycle", ERROR, "Values or the flow depend on themselves.",
         "A value is computed from itself, directly or through others, or the flow loops back on itself.",
         "", ("break the cycle: give one of the values a figure of its own",),
         "Bindings", _INPUT),
    Rule("flow", ERROR, "The flow names an unknown component, repeats an edge or conflicts with a load.",
         "An edge of the `flow` block is not valid: an unknown component, an edge written twice, or a "
         "component that sets a `load` and is also fed by the flow.",
         "", ("define the component, remove the repeated edge, or drop the component's own `load`",),
         "Flows", _INPUT),
    Rule("value", ERROR, "A value is out of range: division by zero, too large, not whole, negative.",
         "A figure cannot be computed or used: a division by zero, a number past bote's bounds, a count that "
         "is not whole, a negative size.",
         "", ("correct the value; the message names the bound",),
         "Limits", _INPUT),
    Rule("type", ERROR, "A comparison is used as a value, or a value as a comparison.",
         "A comparison appears where a value is needed, or a value where an assert needs a comparison.",
         "", ("write a value where a value is needed, and a comparison in an assert",),
         "Expressions", _INPUT),
    Rule("call", ERROR, "A function is called with the wrong arguments.",
         "A function gets the wrong number of arguments, or arguments it cannot take.",
         "", ("call it as the docs show",),
         "Functions", _INPUT),
    Rule("io", ERROR, "The input cannot be read.",
         "bote cannot read the file: it is missing, not a regular file, too large, not UTF-8, or a link "
         "out of the folder being checked.",
         "", ("name a readable .bote or .md file of at most 10 MB",
              "pass --follow-symlinks to read a file a link leads to outside the folder"),
         "Limits", ("input",)),
    Rule("unstable", ERROR,
         "Requests arrive faster than an instance's workers serve them: the queue grows without bound.",
         "In the M/M/c model each instance's queue never drains: there is no finite wait.",
         "load per instance ≥ workers / service_time (ρ ≥ 1; at exactly ρ = 1 too).",
         ("add instances or workers", "cut the service time",
          "size below 100% (lower max_utilization) to leave the queue slack"),
         "Risks of this model", _CAPACITY + ("latency",)),
    Rule("latency", ERROR, "A component misses its latency target, or no instance count can meet it.",
         "The chosen percentile of response times (M/M/c: wait plus service) is over `latency_target`.",
         "p-th percentile of response time > latency_target at the provisioned instances; unreachable when "
         "−ln(1 − p) × service_time > latency_target.",
         ("add instances (or let bote size for the target)",
          "cut the service time: cache, precompute, do less per request",
          "relax the target"),
         "Risks of this model", ("latency", "performance")),
    Rule("connections", ERROR, "A component's instances cannot hold the concurrent connections it needs.",
         "More connections are open at once than the instances accept: new ones wait or time out.",
         "connections > max_connections × instances (connections default to requests in flight, Little's law).",
         ("add instances", "raise max_connections per instance", "pool or multiplex connections"),
         "Risks of this model", _CAPACITY + ("connections",)),
    Rule("cold-cache", WARNING, "A component is overloaded when the caches in front of it are cold.",
         "Behind a cache, the component carries only the misses; after a restart or a flush every read misses, "
         "and it cannot carry that load.",
         "utilization > 100% with every `misses` edge at 1 − cold_hit_rate (0% by default).",
         ("provision the component for the cold load",
          "warm the cache before taking traffic, or shed load while it warms"),
         "Risks of this model", _CAPACITY + ("cache",)),
    Rule("synchronized-clients", WARNING, "Clients polling in lockstep make a peak far above the average.",
         "Clients that poll on the same schedule arrive together: the component must carry their peak, not "
         "their average.",
         "peak = clients / max(1 s, jitter × poll_interval) ≥ 2 × clients / poll_interval.",
         ("add random jitter to the poll schedule (e.g. jitter = 100%)", "or push instead of polling"),
         "Risks of this model", _CAPACITY + ("traffic",)),
    Rule("internal", ERROR, "bote failed on this input: a bug in bote.",
         "bote raised an unexpected error while evaluating the file: the result says nothing about the file.",
         "", ("report it with the file, so it can be fixed",),
         "Errors", ("bug",)),
    Rule("rate-limit", ERROR, ("A third-party service is offered more than its rate limit (error), or more than "
                               "its utilization ceiling of it (warning)."),
         "A service you cannot scale rejects requests over its rate limit, and has no room for a peak near it.",
         "load > rate_limit (error); load > max_utilization × rate_limit (warning).",
         ("batch the calls", "queue and smooth them", "cache the responses", "negotiate a higher limit"),
         "Risks of the kinds", _CAPACITY + ("third-party",)),
    Rule("backlog", ERROR, "A queue's consumers are slower than the average arrival rate: it grows without end.",
         "The consumers behind the queue drain fewer messages than arrive on average: the backlog never clears.",
         "drain rate < average rate in; it grows by (average in − drain rate) messages a second.",
         ("add consumers, or make each faster",
          "raise the capacity of what they call (the slowest component a message reaches sets the drain rate)"),
         "Risks of the kinds", _CAPACITY + ("queue",)),
    Rule("slow-drain", WARNING, "The backlog a burst leaves in a queue takes longer than drain_within to clear.",
         "After a burst the queue clears, but more slowly than the design asks: messages wait that long.",
         "backlog / (drain rate − average in) > drain_within, with backlog = max(0, peak in − drain rate) × burst.",
         ("add consumers to drain faster", "or relax drain_within"),
         "Risks of the kinds", _CAPACITY + ("queue",)),
    Rule("name", ERROR,
         "A name cannot be used: a unit with a dimension as a binding, or a property shadowing a binding.",
         "A binding or component takes the name of a unit that carries a dimension (`day`, `GB`), or a "
         "component's property hides a binding of the same name.",
         "", ("rename it (the hint offers a free name such as `day_count`)",),
         "Names that are also count labels", _INPUT),
    Rule("label-not-binding", WARNING,
         "A number before a name that is both a count label and a binding reads the label, not the binding.",
         "`20% users` after `users = 10M users` is 0.2 of the label `user`, not 20% of the binding: rarely what "
         "was meant.",
         "a share (a percentage, or a number below 1) directly before a name that is also a binding.",
         ("write `users * 20%` for a share of the binding", "or the singular `20% user` for the label"),
         "Names that are also count labels", ("correctness",)),
    Rule("stale-result", WARNING, "A `# =>` comment says something other than what bote computes for its line.",
         "A result written in the file no longer matches its line: the numbers a reader sees are out of date.",
         "the text after `# =>` differs from what bote prints for the line.",
         ("run `bote render FILE` to rewrite the results",),
         "Inline results in .bote files", ("docs", "stale")),
    Rule("usage", ERROR, "A command-line option is not written the way it must be.",
         "An option such as `--set` cannot be read, so nothing was evaluated with it.",
         "", ("write `--set NAME=EXPR` or `--set COMPONENT.PROPERTY=EXPR`",),
         "What-ifs: `--set`", ("input",)),
    Rule("dependency", ERROR, "An optional dependency bote needs for this is not installed.",
         "Drawing a plot needs matplotlib, an optional extra.",
         "", ("install the plot extra: pip install 'bote-lang[plot]'",),
         "Plotting a distribution", ("setup",), doc="ci.md"),
    Rule("stale", ERROR, "A file's generated content is missing or out of date: `bote render` would rewrite it.",
         "A doc's generated sections, or a .bote file's `# =>` results, do not say what bote computes now "
         "(`bote render --check` fails).",
         "`bote render` would change the file.",
         ("run `bote render FILE` and commit the result",),
         "In a doc", ("docs", "stale"), doc="ci.md"),
    Rule("unsized-flow", WARNING, "A flow (request class) reaches no component with a capacity.",
         "Its traffic is counted nowhere: bote sizes nothing for it, usually because a chain was left unfinished.",
         "no component a named flow's chains pass through has a capacity or a rate limit.",
         ("add the component that serves its requests to the chain",
          "or give one of its components a `capacity` or `service_time`"),
         "Traffic classes: named flows", ("correctness",)),
    Rule("missing-dependency", ERROR, "A file needs a library that is not installed: numpy, for ranges.",
         "A range (`10k to 50k`) is sampled with numpy, and this environment has no numpy, so nothing was "
         "evaluated.",
         "", ("install numpy (`pip install numpy`, or reinstall `bote-lang`, which depends on it)",),
         "Ranges", ("setup",)),
    Rule("lock-contention", ERROR, ("The busiest row's lock is held all the time (error), or more than the "
                                    "component's `max_utilization` (warning): writes queue for it."),
         "A write holds its row's lock for `lock_time`, so one row admits at most 1 / lock_time writes a second "
         "however many instances serve the table (the row lives on one of them). A hot row (a vote counter on a "
         "popular post) gets load × write_share × hot_key_share writes a second; as its lock fills, writes wait "
         "ρ / (1 − ρ) × lock_time on average for it (M/M/1 on that row), and at 100% they queue without bound.",
         "ρ = load × write_share × hot_key_share × lock_time ≥ 100% (error); ρ > max_utilization (warning).",
         ("shard the hot key: split the counter into ceil(ρ / max_utilization) rows and sum them on read",
          "batch the writes: add up the increments and write the sum once per interval",
          "move the counter to a cache (an atomic increment in memory) and flush it to the database periodically"),
         "Database locks", ("capacity", "locks")),
    Rule("retry-storm", ERROR, "Retries raise a component's load above what it serves, so the overload feeds itself.",
         "Each failed attempt (rejected at a rate limit, over capacity, past a timeout, or an error) is tried "
         "again, and the retries add load that makes more attempts fail: once the offered load with retries is "
         "above what the instances serve (or the rate limit accepts), the component stays overloaded after the "
         "spike that started it has passed (a metastable failure).",
         "offered_load = Σ first attempts × (1 + p + … + p^retries) at its lowest fixed point exceeds "
         "capacity × instances (or rate_limit), with retries > 0.",
         ("retry with jittered exponential backoff", ("cap the retries with a retry budget (at most 10% of the "
          "requests)"), "shed the load past capacity (answer 503 at once)", "open a circuit breaker in the callers"),
         "Errors and retries", ("reliability", "retries")),
    Rule("error-budget", ERROR, "The share of a component's answers that fail exceeds its `max_error_rate`.",
         "A request fails when it is rejected (429, 503), times out (504), fails (500, `error_rate`), or one of "
         "its calls still fails after its retries; for a source, the share is of its users' requests, after "
         "every retry. The error budget (`max_error_rate`, on the component or, for the sources, in the file) "
         "is what the design may lose.",
         "failure_share = 1 − (1 − q429)(1 − q503)(1 − q500)(1 − q504)(1 − D) > max_error_rate.",
         ("retry the calls that fail, with jittered backoff", "add capacity, or a rate limit in front of it",
          "lengthen the timeouts that cut answers short", "relax the budget if it is tighter than the users need"),
         "Errors and retries", ("reliability", "retries")),
    Rule("timeouts", WARNING, "More than 1% of a caller's requests to a component take longer than its timeout.",
         "The response time of each instance's M/M/c queue, plus the mean time the component's own calls take, "
         "exceeds the timeout (the lesser of the caller's and the component's) for more than 1% of the calls; "
         "each timed-out call is a 504, and retried, one more request.",
         "P(response time > timeout − downstream) > 1%.",
         ("add instances (the queue is the wait)", "cut the calls it makes on the way", ("give the call a longer "
          "timeout"), "cache the answers of a slow third party"),
         "Errors and retries", ("latency", "retries")),
    Rule("cache-edge-carries-hits", WARNING,
         "An edge out of a component with a hit rate has no multiplier, so it carries the hits too.",
         "`cache -> db` sends db every request the cache gets; the cache's `hit_rate` takes effect on an edge "
         "only where the edge says `* misses`, so the component behind it is sized for the whole load.",
         "the source sets `hit_rate`, and the edge out of it is written with no multiplier.",
         ("write `cache -> db * misses` for the requests the cache misses",
          "or `* 1` when every request does go on (a log, an audit trail)"),
         "Caches and the cold start", _INPUT + ("cache",)),
)

RULE_INDEX: dict[str, int] = {r.id: i for i, r in enumerate(RULES)}


def rule_for(kind: str) -> Rule:
    """The rule of `kind`; for a kind not in the table (a plug-in's), a rule
    that says only that, pointing at the risks' docs."""
    if kind in RULE_INDEX:
        return RULES[RULE_INDEX[kind]]
    return Rule(kind, ERROR, f"A finding of kind `{kind}`.", f"A finding of kind `{kind}`, which bote's table of "
                "rules does not describe (a plug-in's kind, say).", "", ("see the plug-in's documentation",),
                "Risks", ())
